/**
 * A single-file corpus → its split form (an index and shards), and back. Pure: the caller
 * writes the files (src/pipeline/split.ts, preprocess) or serves them.
 *
 * Documents go to shards in corpus order, a new shard starting when the next document would
 * take the current one over `shardBytes` (a document larger than that has a shard of its own).
 * A shard is named after its SHA-256, so a host may cache it for ever: new content is a new name.
 */
import type { Corpus, CorpusDocument } from './schema';
import { sha256, utf8Length } from './sha256';
import { SPLIT_INDEX_FORMAT } from './is-split-index';
import {
  SPLIT_SHARD_FORMAT,
  wholeDocument,
  type DocumentEntry,
  type ShardDocument,
  type ShardEntry,
  type SplitIndex,
  type SplitShard,
} from './split-schema';

/** The default most bytes of a shard: a few dozen news articles, quick to fetch and parse. */
export const DEFAULT_SHARD_BYTES = 512 * 1024;

interface SplitFile {
  /** Relative to the index's folder, e.g. `shards/0a1b2c3d4e5f6a7b.json`. */
  file: string;
  text: string;
}

export interface SplitCorpus {
  index: SplitIndex;
  shards: SplitFile[];
}

export interface SplitOptions {
  /** The most bytes of a shard (DEFAULT_SHARD_BYTES). */
  shardBytes?: number;
  /** SHA-256 of a text's UTF-8 bytes as hex (sha256.ts; Node's own is faster for big corpora). */
  hash?: (text: string) => string;
}

function shardText(documents: ShardDocument[]): string {
  const shard: SplitShard = { format: SPLIT_SHARD_FORMAT, version: 1, documents };
  return JSON.stringify(shard);
}

function contentOf(d: CorpusDocument): ShardDocument {
  return { id: d.id, text: d.text, sentences: d.sentences, mentions: d.mentions };
}

function entryOf(d: CorpusDocument, shard: number): DocumentEntry {
  return {
    id: d.id,
    title: d.title,
    publisher: d.publisher,
    credits: d.credits,
    published: d.published,
    length: d.text.length,
    shard,
  };
}

export function splitCorpus(corpus: Corpus, options: SplitOptions = {}): SplitCorpus {
  const shardBytes = options.shardBytes ?? DEFAULT_SHARD_BYTES;
  const hashOf = options.hash ?? sha256;
  const shards: SplitFile[] = [];
  const entries: ShardEntry[] = [];
  const documents: DocumentEntry[] = [];
  let pending: ShardDocument[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const text = shardText(pending);
    const hash = hashOf(text);
    const file = `shards/${hash.slice(0, 16)}.json`;
    shards.push({ file, text });
    entries.push({ file, sha256: hash, bytes: utf8Length(text), documents: pending.length });
    pending = [];
    pendingBytes = 0;
  };
  for (const d of corpus.documents) {
    const content = contentOf(d);
    // The document's share of the shard's bytes, near enough to decide where to cut.
    const size = utf8Length(JSON.stringify(content)) + 1;
    if (pending.length > 0 && pendingBytes + size > shardBytes) flush();
    pending.push(content);
    pendingBytes += size;
    documents.push(entryOf(d, entries.length));
  }
  flush();
  const mentionCounts: Record<string, number> = {};
  for (const d of corpus.documents)
    for (const m of d.mentions) mentionCounts[m.entity] = (mentionCounts[m.entity] ?? 0) + 1;
  const index: SplitIndex = {
    format: SPLIT_INDEX_FORMAT,
    version: 1,
    id: corpus.id,
    name: corpus.name,
    documents,
    shards: entries,
    mentionCounts,
    actors: corpus.actors,
    places: corpus.places,
    events: corpus.events,
    ...(corpus.stories ? { stories: corpus.stories } : {}),
  };
  return { index, shards };
}

/**
 * The single-file corpus from an index and its shards (`shards[i]` is the content of
 * `index.shards[i]`). Throws when a document's content is in no shard: a caller with shards
 * that may be missing or damaged checks them first (check-shard.ts).
 */
export function joinCorpus(index: SplitIndex, shards: readonly SplitShard[]): Corpus {
  const contents = new Map<string, ShardDocument>();
  for (const shard of shards) for (const d of shard.documents) contents.set(d.id, d);
  const documents = index.documents.map((entry) => {
    const content = contents.get(entry.id);
    if (!content) throw new Error(`document ${entry.id} is in no shard`);
    return wholeDocument(entry, content);
  });
  return {
    version: 1,
    id: index.id,
    name: index.name,
    documents,
    actors: index.actors,
    places: index.places,
    events: index.events,
    ...(index.stories ? { stories: index.stories } : {}),
  };
}
