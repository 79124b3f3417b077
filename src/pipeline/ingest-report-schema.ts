/**
 * The shape of what `npm run ingest -- FILE --json` prints, as a zod schema: the published
 * JSON Schema docs/ingest-report.schema.json is made from it (write-ingest-schema.ts) and the
 * ingest tests check the command's output against it. Every `start`/`end` is a JavaScript
 * string index (UTF-16 code units) into `text`, the cleaned text; `words`/`text`/`quote`
 * beside them are `text.slice(start, end)`.
 */
import { z } from 'zod';
import {
  bilingual,
  eventType,
  isoDate,
  participantRole,
  precision,
  basis,
} from '../domain/corpus/schema';

const offsets = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };
const dateResolution = z
  .object({
    start: isoDate,
    end: isoDate,
    precision,
    basis,
    note: bilingual.optional(),
    openStart: z.boolean().optional(),
  })
  .describe(
    'How a date expression resolves: ISO bounds, precision and basis (see corpus.schema.json DateValue).',
  );

export const ingestReport = z
  .object({
    version: z.literal(1),
    document: z.string().min(1).describe('The document id (the file name without .txt).'),
    published: z
      .object({ start: isoDate, end: isoDate })
      .nullable()
      .describe(
        'The publication date (or window) relative dates were resolved against; null when none was given.',
      ),
    text: z.string().describe('The cleaned text all offsets point into.'),
    debrisRemoved: z.array(z.string()).describe('Whole lines of web-page debris removed.'),
    html: z
      .array(
        z.object({
          line: z.number().int().positive(),
          removed: z.array(z.string()),
          text: z.string(),
        }),
      )
      .describe('Lines with HTML residue (tags, entities): what was removed and the line as text.'),
    sentences: z.array(z.object({ ...offsets, text: z.string() })),
    guesses: z
      .array(
        z.object({
          offset: z.number().int().nonnegative(),
          kind: z.enum(['end', 'wrap']),
          line: z.string(),
        }),
      )
      .describe(
        'Line breaks without punctuation: taken for a sentence end (`end`) or a hard wrap inside one (`wrap`).',
      ),
    mentions: z
      .array(z.object({ entity: z.string().min(1), ...offsets, words: z.string() }))
      .describe(
        'Mentions of known actors and places (ids of data/curation/actors.json and places.json).',
      ),
    flagged: z
      .array(
        z.object({
          entity: z.string().min(1),
          ...offsets,
          words: z.string(),
          name: z
            .string()
            .describe('The ambiguous name (normalised) its rule in name-rules.json is for.'),
          note: bilingual,
        }),
      )
      .describe(
        'Mentions by an ambiguous name for a person to confirm or reject; each is also in `mentions`.',
      ),
    rejected: z
      .array(
        z.object({
          entity: z.string().min(1),
          ...offsets,
          words: z.string(),
          name: z.string(),
          note: bilingual,
        }),
      )
      .describe(
        'Matches of an ambiguous name that its context rules reject (not in `mentions`): the entity it is not, and why.',
      ),
    dates: z
      .array(
        z.object({
          ...offsets,
          words: z.string(),
          value: dateResolution.nullable(),
          problem: z.string().nullable().describe('Why it does not resolve, when it does not.'),
        }),
      )
      .describe('Date expressions and how they resolve against the publication date.'),
    names: z
      .array(
        z.looseObject({
          id: z.string(),
          kind: z.enum(['person', 'organization', 'media', 'place']),
          name: z.string(),
          en: z.string().nullable(),
          cue: z.string(),
          mentions: z.array(z.object({ ...offsets, words: z.string() })),
        }),
      )
      .describe('Proper names that are not yet actors or places.'),
    drafts: z
      .array(
        z.looseObject({
          id: z.string(),
          type: eventType,
          cue: z.object({ ...offsets, words: z.string() }),
          actors: z.array(z.object({ id: z.string(), role: participantRole })),
          place: z.string().nullable(),
          date: z.looseObject({
            value: dateResolution.nullable(),
            from: z.enum(['sentence', 'governing', 'publication']),
          }),
          evidence: z.object({ document: z.string(), ...offsets, quote: z.string() }),
          merge: z.array(
            z.object({
              event: z.string(),
              shared: z.array(z.string()),
              alreadyEvidence: z.boolean(),
            }),
          ),
        }),
      )
      .describe('Event drafts, one per type a sentence reports, with merge proposals.'),
  })
  .describe('What `npm run ingest -- FILE --json` finds in one article (Athar).');

export type IngestReport = z.infer<typeof ingestReport>;

export const INGEST_SCHEMA_FILE = 'docs/ingest-report.schema.json';

/** The published JSON Schema, as the bytes of docs/ingest-report.schema.json. */
export function ingestReportJsonSchema(): string {
  const schema = {
    $id: 'ingest-report.schema.json',
    title: 'Athar ingest report',
    ...z.toJSONSchema(ingestReport, { target: 'draft-2020-12', unrepresentable: 'any' }),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
