// The benchmark's synthetic corpus generator (bench/generate-corpus.mjs): it must write the
// real corpus format, deterministically, with the shapes the benchmark relies on.
import { describe, expect, it } from 'vitest';
import { corpusShape, generateCorpus } from '../../bench/lib/corpus.mjs';
import { toTimelineJs } from '../../bench/lib/timelinejs-data.mjs';
import { corpusSchema, type Corpus } from '../../src/domain/corpus/schema';

const corpus = generateCorpus(1000, 7) as Corpus;

describe('generateCorpus', () => {
  it('writes exactly the events asked for, in a corpus that passes corpusSchema', () => {
    expect(corpus.events).toHaveLength(1000);
    const parsed = corpusSchema.safeParse(corpus);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
  });

  it('is deterministic: the same count and seed give the same corpus, another seed does not', () => {
    expect(JSON.stringify(generateCorpus(1000, 7))).toBe(JSON.stringify(corpus));
    expect(JSON.stringify(generateCorpus(1000, 8))).not.toBe(JSON.stringify(corpus));
  });

  it('gives evidence, date words and mentions that slice the document text correctly', () => {
    const docs = new Map(corpus.documents.map((d) => [d.id, d]));
    const names = new Map(
      [...corpus.actors, ...corpus.places].map((x) => [x.id, [x.name.ar, ...x.aliases.ar]]),
    );
    for (const event of corpus.events) {
      const [first] = event.evidence;
      const text = docs.get(first!.document)!.text;
      expect(text.slice(first!.start, first!.end)).toBe(event.summary.ar);
      const words = event.date.expression;
      if (words) expect(event.summary.ar.startsWith(text.slice(words.start, words.end))).toBe(true);
    }
    for (const doc of corpus.documents) {
      for (const m of doc.mentions)
        expect(names.get(m.entity)).toContain(doc.text.slice(m.start, m.end));
      for (const s of doc.sentences) expect(s.end).toBeGreaterThan(s.start);
    }
  });

  it('has the shapes of news: uncertain dates, decades, popular actors, places with coordinates', () => {
    const dates = corpus.events.map((e) => e.date);
    const share = (test: (d: Corpus['events'][number]['date']) => boolean) =>
      dates.filter(test).length / dates.length;
    expect(share((d) => d.basis === 'reported' && d.openStart === true)).toBeGreaterThan(0.1);
    expect(share((d) => d.precision === 'month')).toBeGreaterThan(0.05);
    expect(share((d) => d.precision !== 'day')).toBeGreaterThan(0.25);
    const years = dates.map((d) => Number(d.start.slice(0, 4)));
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(20);
    const perActor = new Map<string, number>();
    for (const e of corpus.events)
      for (const a of e.actors) perActor.set(a.id, (perActor.get(a.id) ?? 0) + 1);
    const counts = [...perActor.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(10 * counts[Math.floor(counts.length / 2)]!);
    expect(corpus.places.every((p) => Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180)).toBe(true);
  });

  it('grows to thousands of actors and hundreds of places', () => {
    expect(corpusShape(1000)).toEqual({ actors: 300, places: 60 });
    expect(corpusShape(100_000)).toEqual({ actors: 3000, places: 520 });
    const big = generateCorpus(10_000, 7) as Corpus;
    expect(big.actors.length).toBe(corpusShape(10_000).actors);
    expect(new Set(big.actors.map((a) => a.name.en)).size).toBe(big.actors.length);
  });
});

describe('toTimelineJs', () => {
  it('gives TimelineJS every event with its start date, headline and text', () => {
    const { events } = toTimelineJs(corpus);
    expect(events).toHaveLength(corpus.events.length);
    const first = corpus.events[0]!;
    expect(events[0]).toMatchObject({
      start_date: {
        year: Number(first.date.start.slice(0, 4)),
        month: Number(first.date.start.slice(5, 7)),
        day: Number(first.date.start.slice(8, 10)),
      },
      text: { headline: first.title.en, text: first.summary.en },
    });
  });
});
