import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../../src/domain/text/arabic';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import type { Corpus } from '../../../src/domain/corpus/schema';
import { searchCorpus } from '../../../src/domain/search/search-corpus';
import { cliticForms } from '../../../src/domain/search/clitics';
import { searchTokens } from '../../../src/domain/search/tokens';
import type { SearchMatch } from '../../../src/domain/search/types';
import { realCorpus, realIndex } from './real-index';

/** The highlighted pieces of a match, as written. */
const pieces = (m: SearchMatch) => m.ranges.map((r) => m.text.slice(r.start, r.end));

/** A one-event corpus whose English and Arabic titles are given. */
function tinyIndex(titles: { ar: string; en: string }[]) {
  const corpus: Corpus = {
    version: 1,
    id: 'tiny',
    name: { ar: 'صغير', en: 'Tiny' },
    documents: [],
    actors: [],
    places: [],
    events: titles.map((title, i) => ({
      id: `e${i}`,
      type: 'meeting',
      title,
      summary: { ar: 'ملخص', en: 'summary' },
      date: { start: '2020-01-01', end: '2020-01-01', precision: 'day', basis: 'stated' },
      place: null,
      actors: [],
      evidence: [{ document: 'd', start: 0, end: 1 }],
    })),
  };
  return buildCorpusIndex(corpus);
}

describe('searchCorpus on the real corpus', () => {
  it('finds أكار and آكار for اكار typed without hamza, highlighting the words as written', () => {
    const results = searchCorpus(realIndex, 'اكار');
    const akar = results.actors[0]!;
    expect(akar.id).toBe('akar');
    expect(akar.kind).toBe('exact');
    const name = akar.matches.find((m) => m.field === 'name' && m.lang === 'ar')!;
    expect(pieces(name)).toEqual(['أكار']);
    const aliases = akar.matches.filter((m) => m.field === 'alias').flatMap(pieces);
    expect(aliases).toContain('آكار');
    // Both spellings are found in the source sentences.
    const sentencePieces = results.sentences.flatMap((h) => h.matches.flatMap(pieces));
    expect(sentencePieces).toContain('أكار');
    expect(sentencePieces).toContain('آكار');
  });

  it('gives the same hits for every hamza spelling', () => {
    const ids = (q: string) => {
      const r = searchCorpus(realIndex, q, 100);
      return [r.events, r.actors, r.sentences.map((s) => `${s.documentId}#${s.sentenceIndex}`)];
    };
    expect(ids('أكار')).toEqual(ids('اكار'));
    expect(ids('آكار')).toEqual(ids('اكار'));
  });

  it('strips a leading conjunction: والنمروش finds النمروش', () => {
    const results = searchCorpus(realIndex, 'والنمروش');
    expect(results.actors.map((h) => h.id)).toEqual(['namroush']);
    const name = results.actors[0]!.matches[0]!;
    expect(pieces(name)).toEqual(['النمروش']);
    expect(results.counts.events).toBeGreaterThan(3);
  });

  it('strips a leading preposition: بطرابلس finds طرابلس', () => {
    const results = searchCorpus(realIndex, 'بطرابلس');
    expect(results.places[0]?.id).toBe('tripoli');
    expect(pieces(results.places[0]!.matches[0]!)).toEqual(['طرابلس']);
  });

  it('reads ل + ال as لل both ways: للنمروش finds النمروش, النمروش finds للنمروش', () => {
    expect(searchCorpus(realIndex, 'للنمروش').actors.map((h) => h.id)).toEqual(['namroush']);
    const sentences = searchCorpus(realIndex, 'النمروش', 100).sentences;
    const all = sentences.flatMap((h) => h.matches.flatMap(pieces));
    expect(all).toContain('للنمروش');
    // In والنمروش the name without its conjunction is highlighted.
    const doc = realCorpus.documents.find((d) => d.text.includes('والنمروش'))!;
    const at = doc.text.indexOf('والنمروش');
    const hit = sentences.find((h) => {
      const s = doc.sentences[h.sentenceIndex]!;
      return h.documentId === doc.id && s.start <= at && at < s.end;
    })!;
    const text = hit.matches.find((m) => m.field === 'text')!;
    expect(
      text.ranges.some(
        (r) => hit.start + r.start === at + 1 && r.end - r.start === 'النمروش'.length,
      ),
    ).toBe(true);
  });

  it('is case-insensitive in English and ignores accents', () => {
    const a = searchCorpus(realIndex, 'tripoli');
    expect(searchCorpus(realIndex, 'TRIPOLI').places).toEqual(a.places);
    expect(a.places[0]?.id).toBe('tripoli');
    const en = a.places[0]!.matches.find((m) => m.lang === 'en')!;
    expect(pieces(en)).toEqual(['Tripoli']);
    const guler = searchCorpus(realIndex, 'guler').actors[0]!;
    expect(guler.id).toBe('guler');
    expect(pieces(guler.matches[0]!)).toEqual(['Güler']);
  });

  it('searches the English translation of the sentences', () => {
    const hits = searchCorpus(realIndex, 'Mitiga', 100).sentences;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const doc = realCorpus.documents.find((d) => d.id === hit.documentId)!;
      const sentence = doc.sentences[hit.sentenceIndex]!;
      expect(hit.start).toBe(sentence.start);
      const translation = hit.matches.find((m) => m.field === 'translation');
      if (translation) expect(translation.text).toBe(sentence.en);
      const text = hit.matches.find((m) => m.field === 'text');
      if (text) expect(text.text).toBe(doc.text.slice(sentence.start, sentence.end));
    }
  });

  it('needs every word of the query', () => {
    const both = searchCorpus(realIndex, 'Akar Tripoli', 100).events.map((h) => h.id);
    const akar = new Set(searchCorpus(realIndex, 'Akar', 100).events.map((h) => h.id));
    const tripoli = new Set(searchCorpus(realIndex, 'Tripoli', 100).events.map((h) => h.id));
    expect(both.length).toBeGreaterThan(0);
    for (const id of both) expect(akar.has(id) && tripoli.has(id)).toBe(true);
    expect(both.length).toBeLessThan(akar.size);
  });

  it('finds nothing for an empty, blank or punctuation-only query', () => {
    for (const q of ['', '   ', '،.!؟ -']) {
      const r = searchCorpus(realIndex, q);
      expect(r.words).toEqual([]);
      expect(r.counts).toEqual({ events: 0, actors: 0, places: 0, sentences: 0 });
      expect([...r.events, ...r.actors, ...r.places, ...r.sentences]).toEqual([]);
    }
  });

  it('stops each group at the limit but counts every hit', () => {
    const r = searchCorpus(realIndex, 'اكار', 2);
    expect(r.events).toHaveLength(2);
    expect(r.counts.events).toBeGreaterThan(2);
    expect(searchCorpus(realIndex, 'اكار', 100).events).toHaveLength(r.counts.events);
  });

  it('highlights ranges that slice to the query word in every hit (property)', () => {
    const vocabulary = [
      ...new Set(
        realCorpus.documents.flatMap((d) =>
          searchTokens(d.text).map((t) => d.text.slice(t.start, t.end)),
        ),
      ),
    ].sort();
    fc.assert(
      fc.property(fc.constantFrom(...vocabulary), (word) => {
        const folded = searchTokens(word)[0]!.norm;
        const r = searchCorpus(realIndex, word, 5);
        expect(r.counts.sentences).toBeGreaterThan(0);
        for (const hit of [...r.events, ...r.actors, ...r.places, ...r.sentences])
          for (const m of hit.matches) {
            expect(m.ranges.length).toBeGreaterThan(0);
            for (const piece of pieces(m)) {
              expect(piece).toBe(piece.trim());
              expect(piece.length).toBeGreaterThan(0);
              // The piece is the word (or the word in it, or it in the word, without clitics).
              const p = searchTokens(piece)
                .map((t) => t.norm)
                .join(' ');
              const forms = [p, ...cliticForms(p).map((f) => f.term)];
              expect(
                forms.some((f) => f.includes(folded) || folded.includes(f)),
                `${word}: ${piece}`,
              ).toBe(true);
            }
          }
      }),
      { seed: 20240917, numRuns: 150 },
    );
  });
});

describe('searchCorpus ranking and offsets', () => {
  it('ranks whole words, then word starts, then words that contain the query', () => {
    const index = tinyIndex([
      { ar: 'ساكار', en: 'Bakar' },
      { ar: 'أكارسو', en: 'Akarsu' },
      { ar: 'أكار', en: 'Akar' },
    ]);
    const r = searchCorpus(index, 'akar');
    expect(r.events.map((h) => [h.id, h.kind])).toEqual([
      ['e2', 'exact'],
      ['e1', 'prefix'],
      ['e0', 'substring'],
    ]);
    expect(searchCorpus(index, 'اكار').events.map((h) => h.id)).toEqual(['e2', 'e1', 'e0']);
  });

  it('maps highlights over diacritics and tatweel to the letters as written', () => {
    const index = tinyIndex([{ ar: 'وزير لـحكومة الوفاق أكّد ذلك', en: 'x' }]);
    const title = (q: string) =>
      pieces(searchCorpus(index, q).events[0]!.matches.find((m) => m.lang === 'ar')!);
    expect(title('اكد')).toEqual(['أكّد']);
    expect(title('حكومة')).toEqual(['حكومة']);
    expect(title('لحكومه')).toEqual(['لـحكومة']);
    expect(normalizeArabic(title('الوفاق')[0]!)).toBe('الوفاق');
  });

  it('reads a clitic on a word of the text as part of it: باكار is ب + أكار', () => {
    const index = tinyIndex([
      { ar: 'ساكار', en: 'a' },
      { ar: 'باكار', en: 'b' },
    ]);
    expect(searchCorpus(index, 'اكار').events.map((h) => [h.id, h.kind])).toEqual([
      ['e1', 'exact'],
      ['e0', 'substring'],
    ]);
  });

  it('does not strip clitics from a word that matches as typed', () => {
    // "بحر" matches as typed, so "حر…" words are not found through it.
    const index = tinyIndex([
      { ar: 'بحر', en: 'a' },
      { ar: 'حرب', en: 'b' },
    ]);
    expect(searchCorpus(index, 'بحر').events.map((h) => h.id)).toEqual(['e0']);
  });
});
