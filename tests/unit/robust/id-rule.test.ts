// Issue 14, item 5: the corpus check accepted ids (any length, any characters for documents)
// that links could not carry, so such rows could not be selected or filtered. Now the schema
// states the rule links use, and the check reports a violator with that rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../../src/domain/corpus/check-corpus';
import { actor, documentSchema, event, place } from '../../../src/domain/corpus/schema';
import { parseViewState } from '../../../src/url-state';
import { bundledCorpus } from './bundled-corpus';

const unit = fc.constantFrom(...'az09-_A. بـ'.split(''), '\u202E', '%', ',');
const candidate = fc.oneof(
  fc.string({ unit, minLength: 0, maxLength: 90 }),
  fc.constantFrom('a'.repeat(80), 'a'.repeat(81), 'constructor', '__proto__', 'has space'),
);

/** Whether `schema` takes `id` as a row's id (the rest of the row is known to be valid). */
function schemaTakes(
  row: { safeParse(v: unknown): { success: boolean } },
  valid: object,
  id: string,
) {
  return row.safeParse({ ...valid, id }).success;
}

const linkCarries = (key: string, id: string): boolean => {
  const { state } = parseViewState(`?${key}=${encodeURIComponent(id)}`);
  const value = (state as unknown as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.length === 1 && value[0] === id : value === id;
};

describe('the id rule of the schema and of links (issue 14, item 5)', () => {
  const corpus = bundledCorpus();
  const rows = [
    ['event', event, corpus.events[0]!, ['event']],
    ['actor', actor, corpus.actors[0]!, ['actor', 'actors']],
    ['place', place, corpus.places[0]!, ['place', 'places']],
    ['document', documentSchema, corpus.documents[0]!, ['doc']],
  ] as const;

  it.each(rows)(
    'an id of a row of kind %s is valid exactly when a link can carry it',
    (_kind, schema, valid, keys) => {
      fc.assert(
        fc.property(candidate, (id) => {
          const takes = schemaTakes(schema, valid, id);
          for (const key of keys) expect(linkCarries(key, id), `${key}=${id}`).toBe(takes);
        }),
        { seed: 14, numRuns: 400 },
      );
    },
  );

  it('reports an id longer than a link carries, with the rule, and leaves the row out', () => {
    const raw = bundledCorpus();
    const long = `${raw.events[0]!.id}-${'x'.repeat(80)}`;
    raw.events[0]!.id = long;
    raw.documents[0]!.id = 'a document.txt';
    const { corpus: checked, problems } = checkCorpus(raw);
    const eventProblem = problems.find((p) => p.kind === 'event' && p.field === 'id');
    expect(eventProblem).toMatchObject({ problem: 'bad-format', action: 'row-dropped' });
    expect(eventProblem?.detail).toContain('1 to 80 lower-case letters');
    const docProblem = problems.find((p) => p.kind === 'document' && p.field === 'id');
    expect(docProblem).toMatchObject({ id: 'a document.txt', action: 'row-dropped' });
    expect(docProblem?.detail).toContain('1 to 80 letters');
    expect(checked?.events.some((e) => e.id === long)).toBe(false);
    expect(checked?.documents.some((d) => d.id === 'a document.txt')).toBe(false);
  });
});
