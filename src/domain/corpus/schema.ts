/**
 * The corpus contract: the shape of public/data/corpus.json.
 * One zod schema serves the pipeline (which writes it), the browser (which checks
 * what it loads) and the published JSON Schema (generated from it).
 */
import { z } from 'zod';
import { isCalendarDate } from '../dates/is-calendar-date';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'not a real calendar date');

export const bilingual = z.object({ ar: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingual>;

export const precision = z.enum(['day', 'month', 'year', 'range']);
export const basis = z.enum(['stated', 'relative', 'reported', 'external']);

/** A span of a document's text: JavaScript string indices into `documents[].text`. */
export const span = z.object({
  document: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof span>;

export const dateValue = z
  .object({
    start: isoDate,
    end: isoDate,
    precision,
    basis,
    /** How the date was established, in both languages (e.g. the rule that resolved "on Friday"). */
    note: bilingual.optional(),
    /**
     * True when the event may have happened before `start`: a `reported` date with no lower
     * bound in the text ("on or before publication"); `start` is then the publication date.
     */
    openStart: z.boolean().optional(),
    /** The words in a document that give the date, when the text gives one. */
    expression: span.optional(),
    /**
     * The event (an id) this one is known to come on or after: the text ties it to that event
     * ("during the visit", "after the ceremony"), so `start` is that event's start.
     */
    notBeforeEvent: z.string().min(1).optional(),
    /**
     * The event (an id) this one is known to come on or before: usually the event whose
     * report is the evidence ("the call the 2 July briefing speaks of"), so `end` is that
     * event's end.
     */
    notAfterEvent: z.string().min(1).optional(),
  })
  .refine((d) => d.start <= d.end, { message: 'end is before start', path: ['end'] });
export type DateValue = z.infer<typeof dateValue>;

export const sentence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  en: z.string().min(1),
});
export type Sentence = z.infer<typeof sentence>;

/**
 * The ids a link can carry (src/url-state declares its keys with these very patterns), so that
 * every row the corpus check accepts can be selected, filtered and shared by a link.
 * Actors, places, events and stories: 1 to 80 lower-case letters, digits or hyphens.
 */
export const ENTITY_ID = /^[a-z0-9-]{1,80}$/;
const ENTITY_ID_RULE =
  'an id is 1 to 80 lower-case letters (a-z), digits or hyphens, so that a link can carry it';
/** Documents: the source file's stem, e.g. `003_24fb423664423354`. */
export const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,80}$/;
const DOCUMENT_ID_RULE =
  'a document id is 1 to 80 letters (A-Z, a-z), digits, hyphens or underscores, so that a link can carry it';

export const mention = z.object({
  entity: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Mention = z.infer<typeof mention>;

export const documentSchema = z.object({
  id: z.string().regex(DOCUMENT_ID, DOCUMENT_ID_RULE),
  title: bilingual,
  publisher: bilingual,
  /** Outlets the document credits as its sources. */
  credits: z.array(z.string()),
  published: dateValue,
  text: z.string().min(1),
  sentences: z.array(sentence),
  mentions: z.array(mention),
});
export type CorpusDocument = z.infer<typeof documentSchema>;

export const actorKind = z.enum(['person', 'organization', 'state', 'media']);
export const actor = z.object({
  id: z.string().regex(ENTITY_ID, ENTITY_ID_RULE),
  kind: actorKind,
  name: bilingual,
  aliases: z.object({ ar: z.array(z.string().min(1)), en: z.array(z.string().min(1)) }),
  role: bilingual,
  /** The actor (usually an organisation) this actor belongs to, or null. */
  affiliation: z.string().nullable(),
  /** Wikidata item id (Q…) where one exists. */
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .nullable(),
  /** Where the name spellings and role were checked. */
  reference: z.string().min(1),
});
export type Actor = z.infer<typeof actor>;

export const placeKind = z.enum(['city', 'airport', 'facility', 'country', 'region']);
export const place = z.object({
  id: z.string().regex(ENTITY_ID, ENTITY_ID_RULE),
  kind: placeKind,
  name: bilingual,
  aliases: z.object({ ar: z.array(z.string().min(1)), en: z.array(z.string().min(1)) }),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** The country (a place id) this place lies in, or null for a country. */
  country: z.string().nullable(),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .nullable(),
  /** The gazetteer the coordinates come from, e.g. "GeoNames 160196". */
  gazetteer: z.string().min(1),
});
export type Place = z.infer<typeof place>;

export const eventTypes = [
  'visit',
  'meeting',
  'agreement',
  'statement',
  'briefing',
  'call',
  'discovery',
  'election',
  'deployment',
  'training',
  'ceremony',
] as const;
export const eventType = z.enum(eventTypes);
export type EventType = z.infer<typeof eventType>;

/** What an actor did in an event. */
export const participantRoles = [
  'host',
  'guest',
  'participant',
  'speaker',
  'addressee',
  'subject',
  'signatory',
  'accompanying',
  'source',
] as const;
export const participantRole = z.enum(participantRoles);
export type ParticipantRole = z.infer<typeof participantRole>;

export const participant = z.object({
  id: z.string().min(1),
  role: participantRole,
});

/**
 * Whether an event that was planned for its date took place: `planned` (set for that date and
 * not known to have happened), `postponed` (moved or put off; not held on that date) or
 * `cancelled`. An event without a `plan` is a happening the sources report.
 */
const planStatuses = ['planned', 'postponed', 'cancelled'] as const;
export const planStatus = z.enum(planStatuses);

export const plan = z.object({
  status: planStatus,
  /** The event (an id) that set the date, e.g. a forum's decision, when the corpus has it. */
  decidedBy: z.string().min(1).optional(),
  /** What is known of the plan's fate and from where, in both languages. */
  note: bilingual.optional(),
});

export const event = z.object({
  id: z.string().regex(ENTITY_ID, ENTITY_ID_RULE),
  type: eventType,
  title: bilingual,
  summary: bilingual,
  /** For a planned event: the date it was set for. */
  date: dateValue,
  place: z.string().nullable(),
  actors: z.array(participant),
  evidence: z.array(span).min(1),
  /** Present when the event was planned rather than reported as having happened. */
  plan: plan.optional(),
});
export type CorpusEvent = z.infer<typeof event>;

/**
 * A story: ordered steps through the corpus, each a view (the link's keys and values, as text)
 * with a caption in both languages. The link's own rules check the views (src/url-state).
 */
export const MAX_STORY_STEPS = 100;
const MAX_CAPTION = 600;
const storyStep = z.object({
  /** The view this step shows: link keys (`event`, `map`, `actors`, …) and their values. */
  view: z.record(z.string().regex(/^[a-z]{1,16}$/, 'a link key'), z.string().max(4000)),
  caption: z.object({
    ar: z.string().trim().min(1).max(MAX_CAPTION),
    en: z.string().trim().min(1).max(MAX_CAPTION),
  }),
});
export type StoryStep = z.infer<typeof storyStep>;
export const story = z.object({
  id: z.string().regex(ENTITY_ID, ENTITY_ID_RULE),
  title: bilingual,
  summary: bilingual,
  steps: z.array(storyStep).min(1).max(MAX_STORY_STEPS),
});
export type Story = z.infer<typeof story>;

export const corpusSchema = z.object({
  /** Bumped when the shape changes in a way readers must know about. */
  version: z.literal(1),
  id: z.string().min(1),
  name: bilingual,
  documents: z.array(documentSchema),
  actors: z.array(actor),
  places: z.array(place),
  events: z.array(event),
  /** Guided stories through the events (optional: a corpus may have none). */
  stories: z.array(story).optional(),
});
export type Corpus = z.infer<typeof corpusSchema>;
