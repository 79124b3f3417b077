/**
 * The review of ingest's drafts in the browser (`npm run curate`): what the local curate
 * server sends the review page about one document, and what the page sends back for each
 * decision. The server (src/pipeline/curate-*.ts) and the page (src/features/curate/) share
 * these shapes; the server checks every request against them.
 */
import { z } from 'zod';
import { curationEvent } from './curation-schema';
import type { Problem } from '../corpus/problem';
import { actor, bilingual, place } from '../corpus/schema';

/** What ingest wrote for a draft's origin: its cue and, for names, every mention. */
const found = z.looseObject({
  cue: z.string(),
  mentions: z.array(z.object({ start: z.number(), end: z.number() })).optional(),
  merge: z.array(z.looseObject({ event: z.string(), shared: z.array(z.string()) })).optional(),
});

/** data/curation/drafts/<document>.events.json as ingest writes it. */
export const draftEventsFile = z.object({
  draft: z.literal(true),
  document: z.string().min(1),
  events: z.array(curationEvent.extend({ found })),
});
/** data/curation/drafts/<document>.actors.json. */
export const draftActorsFile = z.object({
  draft: z.literal(true),
  document: z.string().min(1),
  actors: z.array(actor.extend({ found })),
});
/** data/curation/drafts/<document>.places.json: coordinates may be missing (null). */
export const draftPlacesFile = z.object({
  draft: z.literal(true),
  document: z.string().min(1),
  places: z.array(place.extend({ lat: z.number().nullable(), lon: z.number().nullable(), found })),
});

export type DraftEvent = z.infer<typeof draftEventsFile>['events'][number];
export type DraftActor = z.infer<typeof draftActorsFile>['actors'][number];
export type DraftPlace = z.infer<typeof draftPlacesFile>['places'][number];

const DRAFT_KINDS = ['event', 'actor', 'place'] as const;

/**
 * A curator's decision on one draft: accepted as `item` (edited or not), added as evidence to
 * an existing event (`merge`), or rejected.
 */
export const decisionRequest = z.object({
  /** The revision the page last saw; another tab's write makes it stale. */
  revision: z.string().min(1).max(128),
  kind: z.enum(DRAFT_KINDS),
  draft: z.string().min(1).max(200),
  action: z.enum(['accept', 'merge', 'reject']),
  /** For `accept`: the curation entry to add; for `merge`: `{ event: id }`. */
  item: z.unknown().optional(),
});
export type DecisionRequest = z.infer<typeof decisionRequest>;

/** What was decided, as kept in data/curation/drafts/<document>.decisions.json. */
const decision = z.object({
  action: z.enum(['accept', 'merge', 'reject']),
  /** The id the accepted entry took in the curation (or the event merged into). */
  id: z.string().optional(),
});
export type Decision = z.infer<typeof decision>;

export const decisionsFile = z.object({
  document: z.string().min(1),
  /** Keyed by `${kind}:${draft id}`. */
  decisions: z.record(z.string(), decision),
});
export type DecisionsFile = z.infer<typeof decisionsFile>;

export { decisionKey } from './decision-key';

/** A known actor, place or event, as the review page lists it in its choices. */
export interface KnownEntry {
  id: string;
  kind: string;
  name: z.infer<typeof bilingual>;
}

export interface ReviewSpan {
  start: number;
  end: number;
}

/** One document's review: everything the page shows. */
export interface DocumentReview {
  id: string;
  revision: string;
  /** The cleaned text, as the corpus will hold it, and its sentences. */
  text: string;
  sentences: ReviewSpan[];
  events: { draft: DraftEvent; evidence: ReviewSpan | null; cue: ReviewSpan | null }[];
  actors: { draft: DraftActor; mentions: ReviewSpan[] }[];
  places: { draft: DraftPlace; mentions: ReviewSpan[] }[];
  /** Draft files that could not be read: which, and why (nothing of them is shown). */
  damaged: { file: string; message: string }[];
  decisions: Record<string, Decision>;
  known: { actors: KnownEntry[]; places: KnownEntry[]; events: KnownEntry[] };
  /** What preprocess says of the curation as it is now (empty when it accepts it). */
  problems: Problem[];
  /** The document's own files, for the page to edit: its meta and its English sentences. */
  source: DocumentSource;
}

/** What the page edits of a document beside its drafts. */
interface DocumentSource {
  /** data/sources/<id>.meta.json as it is on disk (null when missing or not JSON). */
  meta: unknown;
  /**
   * The English of each of `sentences`, carried over from data/curation/translations/<id>.json
   * by its Arabic ('' where the file has none).
   */
  en: string[];
}

const SOURCE_FILES = ['meta', 'translations'] as const;
export type SourceFile = (typeof SOURCE_FILES)[number];

/**
 * A curator's edit of a document's own files: its meta (the whole object) or its translation
 * (one `{ar, en}` per sentence, in order); written only when preprocess would accept it.
 */
export const sourceEditRequest = z.object({
  revision: z.string().min(1).max(128),
  file: z.enum(SOURCE_FILES),
  value: z.unknown(),
});
export type SourceEditRequest = z.infer<typeof sourceEditRequest>;

/** The documents that have drafts to review. */
export interface ReviewIndex {
  documents: { id: string; drafts: number; decided: number }[];
}

/** A refused decision: why, for the page to word in the curator's language. */
export type DecisionRefusal =
  | { reason: 'invalid'; problems: Problem[] }
  | { reason: 'stale' }
  | { reason: 'decided' }
  | { reason: 'bad-request'; message: string }
  | { reason: 'write-failed'; message: string };
