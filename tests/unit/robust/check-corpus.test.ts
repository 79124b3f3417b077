import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCorpus, type DataProblem } from '../../../src/domain/corpus/check-corpus';
import { corpusSchema, type Corpus } from '../../../src/domain/corpus/schema';
import { bundledCorpus } from './bundled-corpus';

const pick = (p: DataProblem) => ({
  kind: p.kind,
  id: p.id,
  field: p.field,
  problem: p.problem,
  action: p.action,
});

function firstEvent(corpus: Corpus) {
  return corpus.events[0]!;
}

/** Everything the views rely on holds in a checked corpus. */
function expectSound(corpus: Corpus) {
  expect(corpusSchema.safeParse(corpus).success).toBe(true);
  const actors = new Set(corpus.actors.map((a) => a.id));
  const places = new Set(corpus.places.map((p) => p.id));
  const texts = new Map(corpus.documents.map((d) => [d.id, d.text]));
  expect(actors.size).toBe(corpus.actors.length);
  expect(places.size).toBe(corpus.places.length);
  expect(texts.size).toBe(corpus.documents.length);
  expect(new Set(corpus.events.map((e) => e.id)).size).toBe(corpus.events.length);
  for (const d of corpus.documents) {
    for (const s of [...d.sentences, ...d.mentions]) {
      expect(s.start).toBeLessThanOrEqual(s.end);
      expect(s.end).toBeLessThanOrEqual(d.text.length);
    }
    for (const m of d.mentions) expect(actors.has(m.entity) || places.has(m.entity)).toBe(true);
  }
  for (const e of corpus.events) {
    expect(e.evidence.length).toBeGreaterThan(0);
    if (e.place !== null) expect(places.has(e.place)).toBe(true);
    for (const a of e.actors) expect(actors.has(a.id)).toBe(true);
    for (const s of e.evidence) {
      const text = texts.get(s.document);
      expect(text).toBeDefined();
      expect(s.start).toBeLessThanOrEqual(s.end);
      expect(s.end).toBeLessThanOrEqual(text!.length);
    }
  }
}

describe('checkCorpus', () => {
  it('keeps the bundled corpus whole, with no problem', () => {
    const input = bundledCorpus();
    const { corpus, problems } = checkCorpus(input);
    expect(problems).toEqual([]);
    expect(corpus).toEqual(bundledCorpus());
    expectSound(corpus!);
  });

  it('never changes the value it is given, and keeps good rows as they are', () => {
    const input = bundledCorpus();
    input.actors[0]!.affiliation = 'nobody';
    input.places[0]!.country = 'nowhere';
    input.events[0]!.actors.push({ id: 'nobody', role: 'host' });
    const before = structuredClone(input);
    const { corpus, problems } = checkCorpus(input);
    expect(input).toStrictEqual(before);
    expect(problems.map((p) => p.field)).toEqual([
      'affiliation',
      'country',
      expect.stringMatching(/^actors\./),
    ]);
    expect(corpus!.actors[0]!.affiliation).toBeNull();
    expect(corpus!.places[0]!.country).toBeNull();
    expect(corpus!.events.find((e) => e.id === input.events[0]!.id)!.actors).not.toContainEqual({
      id: 'nobody',
      role: 'host',
    });
    expect(corpus!.actors[1]).toBe(input.actors[1]);
    expect(corpus!.documents[0]).toBe(input.documents[0]);
  });

  it.each([
    ['not an object', 'nonsense', 'wrong-type', ''],
    ['null', null, 'wrong-type', ''],
    ['an array', [], 'wrong-type', ''],
    ['another version', { ...bundledCorpus(), version: 2 }, 'not-allowed', 'version'],
    ['no events list', { ...bundledCorpus(), events: undefined }, 'missing', 'events'],
    ['events not a list', { ...bundledCorpus(), events: {} }, 'wrong-type', 'events'],
  ])('is fatal when the top level is wrong: %s', (_name, raw, problem, field) => {
    const { corpus, problems } = checkCorpus(raw);
    expect(corpus).toBeNull();
    expect(problems[0]).toMatchObject({ kind: 'corpus', field, problem, action: 'fatal' });
  });

  it('lists every top-level problem of {"version":1}', () => {
    const { corpus, problems } = checkCorpus({ version: 1 });
    expect(corpus).toBeNull();
    expect(problems.map((p) => `${p.field}:${p.problem}`).sort()).toEqual(
      ['actors', 'documents', 'events', 'id', 'name', 'places'].map((f) => `${f}:missing`),
    );
  });

  it('is fatal when no event remains', () => {
    const raw = bundledCorpus();
    for (const e of raw.events) e.evidence = [{ document: 'nowhere', start: 0, end: 1 }];
    const { corpus, problems } = checkCorpus(raw);
    expect(corpus).toBeNull();
    expect(problems.at(-1)).toMatchObject({
      kind: 'corpus',
      problem: 'no-events',
      action: 'fatal',
    });
    expect(problems.filter((p) => p.problem === 'no-evidence')).toHaveLength(raw.events.length);
  });

  it('removes an unknown participant and an unknown place from an event, keeping the event', () => {
    const raw = bundledCorpus();
    const event = firstEvent(raw);
    event.actors.push({ id: 'nobody', role: 'guest' });
    event.place = 'atlantis';
    const { corpus, problems } = checkCorpus(raw);
    expect(problems.map(pick)).toEqual([
      {
        kind: 'event',
        id: event.id,
        field: 'place',
        problem: 'unknown-place',
        action: 'part-dropped',
      },
      {
        kind: 'event',
        id: event.id,
        field: `actors.${String(event.actors.length - 1)}`,
        problem: 'unknown-actor',
        action: 'part-dropped',
      },
    ]);
    const kept = corpus!.events.find((e) => e.id === event.id)!;
    expect(kept.place).toBeNull();
    expect(kept.actors.map((a) => a.id)).not.toContain('nobody');
    expectSound(corpus!);
  });

  it('drops bad evidence, and the event when none is left', () => {
    const raw = bundledCorpus();
    const [a, b] = raw.events;
    const doc = raw.documents[0]!;
    a!.evidence.push(
      { document: doc.id, start: 10, end: 5 },
      { document: doc.id, start: 0, end: doc.text.length + 1 },
      { document: 'nowhere', start: 0, end: 1 },
    );
    b!.evidence = [{ document: doc.id, start: 5, end: doc.text.length + 100 }];
    const { corpus, problems } = checkCorpus(raw);
    expect(problems.map((p) => [p.id, p.problem, p.action])).toEqual([
      [a!.id, 'end-before-start', 'part-dropped'],
      [a!.id, 'outside-text', 'part-dropped'],
      [a!.id, 'unknown-document', 'part-dropped'],
      [b!.id, 'outside-text', 'part-dropped'],
      [b!.id, 'no-evidence', 'row-dropped'],
    ]);
    expect(corpus!.events.map((e) => e.id)).not.toContain(b!.id);
    expect(corpus!.events).toHaveLength(raw.events.length - 1);
    expectSound(corpus!);
  });

  it('drops sentences and mentions outside the text, and mentions of unknown entities', () => {
    const raw = bundledCorpus();
    const doc = raw.documents[0]!;
    doc.sentences.push({ start: 0, end: doc.text.length + 1, en: 'too long' });
    doc.mentions.push({ entity: 'nobody', start: 0, end: 3 });
    doc.mentions.push({ entity: 'akar', start: 9, end: 3 });
    const { corpus, problems } = checkCorpus(raw);
    expect(problems.map((p) => [p.kind, p.id, p.field.split('.')[0], p.problem])).toEqual([
      ['document', doc.id, 'sentences', 'outside-text'],
      ['document', doc.id, 'mentions', 'unknown-entity'],
      ['document', doc.id, 'mentions', 'end-before-start'],
    ]);
    expectSound(corpus!);
  });

  it('drops rows failing their schema and repeated ids, and what then points at them', () => {
    const raw = bundledCorpus();
    const akar = raw.actors.find((a) => a.id === 'akar')!;
    (akar as { kind: string }).kind = 'wizard';
    raw.places.push({ ...raw.places[0]! });
    (raw.events[1] as { title: unknown }).title = { ar: '', en: 'x' };
    const { corpus, problems } = checkCorpus(raw);
    expect(problems.find((p) => p.kind === 'actor')).toMatchObject({
      id: 'akar',
      field: 'kind',
      problem: 'not-allowed',
      action: 'row-dropped',
    });
    expect(problems.find((p) => p.kind === 'place')).toMatchObject({
      id: raw.places[0]!.id,
      problem: 'duplicate-id',
    });
    expect(problems.find((p) => p.id === raw.events[1]!.id)).toMatchObject({
      field: 'title.ar',
      problem: 'out-of-range',
      action: 'row-dropped',
    });
    // Akar's mentions and participations go with him.
    expect(problems.some((p) => p.problem === 'unknown-actor' && p.detail === 'akar')).toBe(true);
    expect(problems.some((p) => p.problem === 'unknown-entity' && p.detail === 'akar')).toBe(true);
    expect(corpus!.actors.map((a) => a.id)).not.toContain('akar');
    expectSound(corpus!);
  });

  it('names a row without an id by its position', () => {
    const raw = bundledCorpus();
    (raw.events as unknown[]).push(42, { id: 7 });
    const { problems } = checkCorpus(raw);
    expect(problems.map((p) => p.id)).toEqual([
      `#${String(raw.events.length - 2)}`,
      `#${String(raw.events.length - 1)}`,
      `#${String(raw.events.length - 1)}`,
      `#${String(raw.events.length - 1)}`,
    ]);
  });

  it('ignores prototype keys in the data', () => {
    const raw = JSON.parse(
      JSON.stringify(bundledCorpus()).replace(
        '"version":1',
        '"__proto__":{"polluted":1},"version":1',
      ),
    ) as unknown;
    const { corpus } = checkCorpus(raw);
    expect(corpus).not.toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws and always returns a sound corpus, whatever is damaged (property)', () => {
    const damage = fc.record({
      list: fc.constantFrom('documents', 'actors', 'places', 'events'),
      row: fc.nat(40),
      path: fc.array(
        fc.constantFrom(
          'id',
          'start',
          'end',
          'evidence',
          'actors',
          'place',
          'date',
          'mentions',
          'sentences',
          'text',
          'name',
          0,
          1,
          'document',
          'entity',
          'affiliation',
          'country',
        ),
        { minLength: 1, maxLength: 4 },
      ),
      value: fc.oneof(
        fc.constant(null),
        fc.constant(undefined),
        fc.integer({ min: -5, max: 100_000 }),
        fc.string({ maxLength: 6 }),
        fc.constantFrom('akar', 'tripoli', 'nobody', '__proto__', '', []),
      ),
    });
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 8 }), (damages) => {
        const raw = bundledCorpus() as unknown as Record<string, unknown[]>;
        for (const { list, row, path, value } of damages) {
          const rows = raw[list]!;
          let target: unknown = rows[row % rows.length];
          for (const key of path.slice(0, -1)) {
            if (typeof target !== 'object' || target === null) break;
            target = (target as Record<string | number, unknown>)[key];
          }
          if (typeof target === 'object' && target !== null)
            (target as Record<string | number, unknown>)[path.at(-1)!] = value;
        }
        const { corpus, problems } = checkCorpus(raw);
        if (corpus) expectSound(corpus);
        else expect(problems.some((p) => p.action === 'fatal')).toBe(true);
      }),
      { seed: 8, numRuns: 150 },
    );
  });
});
