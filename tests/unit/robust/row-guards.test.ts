import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as guard from '../../../src/domain/corpus/row-guards';
import * as schema from '../../../src/domain/corpus/schema';
import { bundledCorpus } from './bundled-corpus';

/** Each guard and the zod schema it stands for. */
const PAIRS: [string, (v: unknown) => boolean, z.ZodType][] = [
  ['actor', guard.actor, schema.actor],
  ['place', guard.place, schema.place],
  [
    'document',
    guard.documentRow,
    schema.documentSchema.extend({
      sentences: z.array(z.unknown()),
      mentions: z.array(z.unknown()),
    }),
  ],
  [
    'event',
    guard.eventRow,
    schema.event.extend({ actors: z.array(z.unknown()), evidence: z.array(z.unknown()) }),
  ],
  ['sentence', guard.sentence, schema.sentence],
  ['mention', guard.mention, schema.mention],
  ['participant', guard.participant, schema.participant],
  ['span', guard.span, schema.span],
  ['date', guard.dateValue, schema.dateValue],
  ['plan', guard.plan, schema.plan],
];

function rowsOf(name: string): unknown[] {
  const c = bundledCorpus() as unknown as Record<string, Record<string, unknown>[]>;
  const docs = c.documents!;
  const events = c.events!;
  switch (name) {
    case 'actor':
      return c.actors!;
    case 'place':
      return c.places!;
    case 'document':
      return docs;
    case 'event':
      return events;
    case 'sentence':
      return docs.flatMap((d) => d.sentences as unknown[]);
    case 'mention':
      return docs.flatMap((d) => d.mentions as unknown[]);
    case 'participant':
      return events.flatMap((e) => e.actors as unknown[]);
    case 'span':
      return events.flatMap((e) => e.evidence as unknown[]);
    case 'plan':
      return events.flatMap((e) => (e.plan ? [e.plan] : []));
    default:
      return [...events.map((e) => e.date), ...docs.map((d) => d.published)];
  }
}

/** A guard may only accept what zod accepts, and then zod gives back the same value. */
function expectAgrees(accept: (v: unknown) => boolean, zod: z.ZodType, value: unknown) {
  if (!accept(value)) return;
  const parsed = zod.safeParse(value);
  expect(parsed.success).toBe(true);
  expect(parsed.data).toStrictEqual(value);
}

const damage = fc.record({
  path: fc.array(
    fc.constantFrom(
      'id',
      'kind',
      'name',
      'ar',
      'en',
      'start',
      'end',
      'date',
      'note',
      'extra',
      'expression',
      'openStart',
      'lat',
      'role',
      'aliases',
      'wikidata',
      'place',
      'type',
      'precision',
      'basis',
      'document',
      'plan',
      'status',
      'decidedBy',
      'notBeforeEvent',
      'notAfterEvent',
      0,
    ),
    { minLength: 1, maxLength: 3 },
  ),
  value: fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.constant([]),
    fc.constant({}),
    fc.boolean(),
    fc.integer({ min: -5, max: 100 }),
    fc.double(),
    fc.string({ maxLength: 4 }),
    fc.constantFrom(
      '2021-02-29',
      '2024-02-29',
      '2021-13-01',
      'Q1',
      'q1',
      'A-B',
      'day',
      'host',
      'planned',
      '__proto__',
      '',
    ),
  ),
});

describe('row guards', () => {
  it.each(PAIRS)('%s: accepts every row of the bundled corpus as zod does', (name, accept, zod) => {
    const rows = rowsOf(name);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(accept(row)).toBe(true);
      expectAgrees(accept, zod, row);
    }
  });

  it.each(PAIRS)(
    '%s: never accepts what zod refuses or would change (property)',
    (name, accept, zod) => {
      const rows = rowsOf(name);
      fc.assert(
        fc.property(fc.nat(), fc.array(damage, { minLength: 1, maxLength: 3 }), (at, damages) => {
          const row = structuredClone(rows[at % rows.length]) as Record<string | number, unknown>;
          for (const { path, value } of damages) {
            let target: unknown = row;
            for (const key of path.slice(0, -1)) {
              if (typeof target !== 'object' || target === null) break;
              target = (target as Record<string | number, unknown>)[key];
            }
            if (typeof target === 'object' && target !== null)
              (target as Record<string | number, unknown>)[path.at(-1)!] = value;
          }
          expectAgrees(accept, zod, row);
        }),
        { seed: 11, numRuns: 400 },
      );
    },
  );

  it('leaves to zod an object with a key the schema does not know (zod drops it)', () => {
    const [row] = rowsOf('actor');
    expect(guard.actor({ ...(row as object), extra: 1 })).toBe(false);
    expect(
      guard.dateValue({
        start: '2020-01-01',
        end: '2020-01-01',
        precision: 'day',
        basis: 'stated',
        note: undefined,
      }),
    ).toBe(false);
  });
});
