/**
 * A shard of a split corpus as fetched → the documents it holds, or why it cannot be used.
 * Its SHA-256 must be the index's (a file damaged on the way or on the server, or from another
 * version of the corpus, is refused); it must be a shard (split-schema.ts); each document the
 * index places in it must be there with a text of the index's length. Sentences and mentions
 * that fall outside the text or name an unknown entity are left out, as checkCorpus does.
 * Pure: the caller fetches and hashes (crypto.subtle where there is one, else sha256.ts).
 */
import type { ShardFailure } from './document-texts';
import * as guard from './row-guards';
import type { CorpusDocument } from './schema';
import {
  shardDocument,
  splitShardSchema,
  SPLIT_SHARD_FORMAT,
  wholeDocument,
  documentInfoOf,
  type DocumentEntry,
  type ShardDocument,
  type ShardEntry,
} from './split-schema';

export type ReadShard = { documents: CorpusDocument[] } | { failure: ShardFailure; detail: string };

function isShardDocument(v: unknown): v is ShardDocument {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  return (
    typeof d.id === 'string' &&
    typeof d.text === 'string' &&
    d.text.length > 0 &&
    Array.isArray(d.sentences) &&
    d.sentences.every(guard.sentence) &&
    Array.isArray(d.mentions) &&
    d.mentions.every(guard.mention)
  );
}

function contents(raw: unknown): ShardDocument[] | string {
  if (
    typeof raw === 'object' &&
    raw !== null &&
    (raw as Record<string, unknown>).format === SPLIT_SHARD_FORMAT &&
    (raw as Record<string, unknown>).version === 1 &&
    Array.isArray((raw as Record<string, unknown>).documents)
  ) {
    const list = (raw as { documents: unknown[] }).documents;
    if (list.every(isShardDocument)) return list;
    const bad = list.findIndex((d) => !shardDocument.safeParse(d).success);
    if (bad === -1) return list as ShardDocument[];
    return `documents.${String(bad)} is not a document's content`;
  }
  const parsed = splitShardSchema.safeParse(raw);
  return parsed.success
    ? parsed.data.documents
    : (parsed.error.issues[0]?.message ?? 'not a shard');
}

function within(s: { start: number; end: number }, length: number): boolean {
  return s.start <= s.end && s.end <= length;
}

/**
 * `text` is the shard's body and `digest` its SHA-256 (hex); `entry` is what the index says of
 * it and `expected` the documents the index places in it.
 */
export function readShard(
  text: string,
  digest: string,
  entry: ShardEntry,
  expected: readonly DocumentEntry[],
  entities: ReadonlySet<string>,
): ReadShard {
  if (digest !== entry.sha256) {
    return {
      failure: 'damaged',
      detail: `${entry.file}: SHA-256 ${digest.slice(0, 12)}…, the index says ${entry.sha256.slice(0, 12)}…`,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return {
      failure: 'invalid',
      detail: `${entry.file}: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
  const list = contents(raw);
  if (typeof list === 'string') return { failure: 'invalid', detail: `${entry.file}: ${list}` };
  const byId = new Map(list.map((d) => [d.id, d]));
  const documents: CorpusDocument[] = [];
  for (const info of expected) {
    const content = byId.get(info.id);
    if (!content || content.text.length !== info.length) {
      return {
        failure: 'invalid',
        detail: `${entry.file}: ${content ? 'a text of another length for' : 'no'} document ${info.id}`,
      };
    }
    const length = content.text.length;
    const sentences = content.sentences.filter((s) => within(s, length));
    const mentions = content.mentions.filter((m) => within(m, length) && entities.has(m.entity));
    documents.push(
      wholeDocument(
        documentInfoOf(info),
        sentences.length === content.sentences.length && mentions.length === content.mentions.length
          ? content
          : { ...content, sentences, mentions },
      ),
    );
  }
  return { documents };
}
