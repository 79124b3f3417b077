/**
 * The hand-kept inputs of the pipeline: data/sources/*.meta.json and data/curation/*.json.
 * Actors and places are kept exactly in their corpus shape; events and documents are
 * kept in a form a person can write (quotes instead of offsets, date rules instead of
 * resolved dates) and the pipeline turns them into the corpus shape.
 */
import { z } from 'zod';
import {
  actor,
  bilingual,
  dateValue,
  eventType,
  isoDate,
  participant,
  place,
  plan,
  precision,
} from '../corpus/schema';

export const documentMeta = z.object({
  title: bilingual,
  publisher: bilingual,
  credits: z.array(z.string()),
  /** The publication date: usually `external`, with a note saying how it is known. */
  published: dateValue,
  /** Whole lines of web-page debris to remove (each must be present). */
  debris: z.array(z.string()),
});
export type DocumentMeta = z.infer<typeof documentMeta>;

/** An evidence quote: words copied exactly from a document's cleaned text. */
const quote = z.object({
  document: z.string().min(1),
  quote: z.string().min(1),
  /** Which occurrence when the quote appears more than once (1-based). */
  occurrence: z.number().int().positive().optional(),
});

/** How the date of an event is known. */
const curationDate = z.discriminatedUnion('basis', [
  /** The text states the date: the quote holds a date expression ("نوفمبر 2019"). */
  z.object({ basis: z.literal('stated'), document: z.string(), quote: z.string().min(1) }),
  /** The text gives a relative date ("اليوم الأحد", "يوم الجمعة", "نوفمبر الماضي"). */
  z.object({ basis: z.literal('relative'), document: z.string(), quote: z.string().min(1) }),
  /**
   * No date in the text: on or before the document's publication, or on or before an event
   * the evidence ties it to (`notAfterEvent`: the briefing that reports a call); on or after
   * a day (`notBefore`) or an event (`notBeforeEvent`: the visit during which it happened).
   */
  z.object({
    basis: z.literal('reported'),
    document: z.string(),
    notBefore: isoDate.optional(),
    notBeforeEvent: z.string().min(1).optional(),
    notAfterEvent: z.string().min(1).optional(),
    note: bilingual.optional(),
  }),
  /**
   * Known from outside the text. Bounds by events are checked: a date from outside must not
   * contradict the order the text gives ("the call the briefing speaks of" is not after it).
   */
  z.object({
    basis: z.literal('external'),
    start: isoDate,
    end: isoDate,
    precision,
    note: bilingual,
    notBeforeEvent: z.string().min(1).optional(),
    notAfterEvent: z.string().min(1).optional(),
  }),
]);
export type CurationDate = z.infer<typeof curationDate>;

/** A dated public source a curator checked a fact against (kept in curation only). */
const reference = z.object({
  url: z.url(),
  /** When the source was published, as it says. */
  published: isoDate,
  /** What was checked against it: the date, the place, a participant… */
  supports: z.string().min(1),
});

export const curationEvent = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  type: eventType,
  title: bilingual,
  summary: bilingual,
  date: curationDate,
  place: z.string().nullable(),
  actors: z.array(participant),
  evidence: z.array(quote).min(1),
  plan: plan.optional(),
  references: z.array(reference).optional(),
});
export type CurationEvent = z.infer<typeof curationEvent>;

export const actorsFile = z.array(actor);
export const placesFile = z.array(place);
export const eventsFile = z.array(curationEvent);

/** data/curation/translations/<document>.json: one entry per sentence, in order. */
export const translationsFile = z.array(z.object({ ar: z.string().min(1), en: z.string().min(1) }));

export const corpusInfo = z.object({ id: z.string().min(1), name: bilingual });
