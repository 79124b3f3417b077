import { describe, expect, it } from 'vitest';
import { readyDocument } from '../../../src/domain/corpus/document-texts';
import { toCorpusJson } from '../../../src/domain/export/to-corpus-json';
import { corpusSchema } from '../../../src/domain/corpus/schema';
import { realIndex } from '../search/real-index';
import { exportIndex, LINK } from './fixture';

describe('toCorpusJson', () => {
  it('is a valid corpus, also after a JSON round trip', () => {
    const out = toCorpusJson(exportIndex, exportIndex.events, LINK);
    expect(() => corpusSchema.parse(out)).not.toThrow();
    expect(corpusSchema.parse(JSON.parse(JSON.stringify(out)))).toEqual(out);
  });

  it('keeps the events and what they reference, and nothing else', () => {
    const akar = exportIndex.eventsById.get('akar-visits-tripoli')!;
    const out = toCorpusJson(exportIndex, [akar], LINK);
    expect(out.events.map((e) => e.id)).toEqual(['akar-visits-tripoli']);
    // Akar and the government he belongs to; Tripoli and its country.
    expect(out.actors.map((a) => a.id)).toEqual(['akar', 'turkish-government']);
    expect(out.places.map((p) => p.id)).toEqual(['tripoli', 'libya']);
    expect(out.documents.map((d) => d.id)).toEqual(['doc-a']);
    // Mentions of what was left out are dropped; the text is whole.
    expect(out.documents[0]!.mentions.map((m) => m.entity)).toEqual(['akar', 'tripoli']);
    expect(out.documents[0]!.text).toBe(readyDocument(exportIndex.texts, 'doc-a')!.text);
  });

  it('says in its name that it is a selection, and from which view', () => {
    const out = toCorpusJson(exportIndex, exportIndex.events.slice(0, 2), LINK);
    expect(out.name.en).toBe(`Test corpus — 2 events from ${LINK}`);
    expect(out.name.ar).toBe(`مدونة الاختبار — حدثان من ${LINK}`);
    expect(out.id).toBe('test-corpus');
  });

  it('resolves every reference in a selection of the real corpus', () => {
    const events = realIndex.events.filter((e) => e.actors.some((a) => a.id === 'akar'));
    const out = corpusSchema.parse(toCorpusJson(realIndex, events, LINK));
    const actors = new Set(out.actors.map((a) => a.id));
    const places = new Set(out.places.map((p) => p.id));
    const docs = new Map(out.documents.map((d) => [d.id, d]));
    for (const e of out.events) {
      for (const a of e.actors) expect(actors.has(a.id), a.id).toBe(true);
      if (e.place) expect(places.has(e.place), e.place).toBe(true);
      for (const s of e.evidence)
        expect(docs.get(s.document)!.text.length).toBeGreaterThanOrEqual(s.end);
    }
    for (const a of out.actors) if (a.affiliation) expect(actors.has(a.affiliation)).toBe(true);
    for (const p of out.places) if (p.country) expect(places.has(p.country)).toBe(true);
    for (const d of out.documents)
      for (const m of d.mentions) expect(actors.has(m.entity) || places.has(m.entity)).toBe(true);
  });
});
