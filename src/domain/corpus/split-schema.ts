/**
 * The split corpus: the same corpus as corpus.json, cut in two kinds of file so that a page
 * can draw every event before it has read any document's text.
 *
 * - `index.json` (SplitIndex): everything the views need to draw and filter every event —
 *   the events (dates, type, place, actor ids, titles, summaries, evidence spans), actors,
 *   places, stories, each document's metadata and text length, the number of mentions of each
 *   actor and place, and the list of shards with the SHA-256 of each.
 * - `shards/<hash>.json` (SplitShard): the documents' text, sentences (with translations) and
 *   mentions, many documents to a shard, fetched when a view needs them.
 *
 * Rows of actors, places, events and stories are exactly corpus.json's (schema.ts); a
 * document is cut into its metadata (in the index) and its content (in a shard).
 */
import { z } from 'zod';
import { SPLIT_INDEX_FORMAT } from './is-split-index';
import {
  actor,
  bilingual,
  documentSchema,
  event,
  place,
  story,
  type Corpus,
  type CorpusDocument,
} from './schema';

export const SPLIT_SHARD_FORMAT = 'athar-split-shard';
/** A shard's file name: `shards/` and the first 16 hex digits of its SHA-256. */
const SHARD_FILE = /^shards\/[0-9a-f]{16}\.json$/;

/** What the index says of a document: its metadata, its text's length and its shard. */
export const documentEntry = documentSchema
  .omit({ text: true, sentences: true, mentions: true })
  .extend({
    /** The length of `text` in UTF-16 code units: evidence offsets are checked against it. */
    length: z.number().int().positive(),
    /** The position of the document's shard in `shards`. */
    shard: z.number().int().nonnegative(),
  });
export type DocumentEntry = z.infer<typeof documentEntry>;

/**
 * A document without its text, sentences and mentions (title, publisher, credits, publication
 * date): what every view but the reader needs.
 */
export type DocumentInfo = Omit<CorpusDocument, 'text' | 'sentences' | 'mentions'>;

export const shardEntry = z.object({
  /** The shard's path, relative to the index. */
  file: z.string().regex(SHARD_FILE, 'shards/ and 16 hex digits, then .json'),
  /** SHA-256 of the file's bytes (its UTF-8 text), as 64 lower-case hex digits. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lower-case hex digits'),
  /** The file's size in bytes. */
  bytes: z.number().int().positive(),
  /** How many documents it holds. */
  documents: z.number().int().positive(),
});
export type ShardEntry = z.infer<typeof shardEntry>;

export const splitIndexSchema = z.object({
  format: z.literal(SPLIT_INDEX_FORMAT),
  version: z.literal(1),
  id: z.string().min(1),
  name: bilingual,
  documents: z.array(documentEntry),
  shards: z.array(shardEntry),
  /** How many times each actor or place is mentioned across all documents. */
  mentionCounts: z.record(z.string(), z.number().int().positive()),
  actors: z.array(actor),
  places: z.array(place),
  events: z.array(event),
  stories: z.array(story).optional(),
});
export type SplitIndex = z.infer<typeof splitIndexSchema>;

/** A document's content, as a shard holds it. */
export const shardDocument = documentSchema.pick({
  id: true,
  text: true,
  sentences: true,
  mentions: true,
});
export type ShardDocument = z.infer<typeof shardDocument>;

export const splitShardSchema = z.object({
  format: z.literal(SPLIT_SHARD_FORMAT),
  version: z.literal(1),
  documents: z.array(shardDocument),
});
export type SplitShard = z.infer<typeof splitShardSchema>;

/** A corpus whose documents are known by their metadata only (the index of a split corpus). */
export type CorpusHead = Omit<Corpus, 'documents'> & { documents: DocumentInfo[] };

/** What the index says of a document, without where its text is. */
export function documentInfoOf(entry: DocumentEntry): DocumentInfo {
  return {
    id: entry.id,
    title: entry.title,
    publisher: entry.publisher,
    credits: entry.credits,
    published: entry.published,
  };
}

/** A whole document from its metadata and its content. */
export function wholeDocument(info: DocumentInfo, content: ShardDocument): CorpusDocument {
  return {
    id: info.id,
    title: info.title,
    publisher: info.publisher,
    credits: info.credits,
    published: info.published,
    text: content.text,
    sentences: content.sentences,
    mentions: content.mentions,
  };
}
