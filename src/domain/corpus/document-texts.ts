/**
 * Where a corpus's document texts come from. A single-file corpus has them all in memory
 * (`textsInMemory`); a split corpus fetches the shard that holds a document when a view asks
 * for it (src/app/shard-texts.ts). Views read a document's state with `peek` and ask for it
 * with `request`; `subscribe` tells them when a state changed.
 */
import type { CorpusDocument } from './schema';

/** Why a shard could not be used. */
export type ShardFailure =
  /** The server has no such file (404, 410). */
  | 'missing'
  /** The server answered with another error. */
  | 'http'
  /** No answer. */
  | 'network'
  /** The file is not what the index says it is (its SHA-256 differs). */
  | 'damaged'
  /** The file is not JSON, or not a shard, or lacks the document. */
  | 'invalid';

export type DocumentText =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; document: CorpusDocument }
  | { status: 'failed'; failure: ShardFailure; detail: string };

export interface DocumentTexts {
  /** The document's state now, without asking for it. */
  peek(id: string): DocumentText;
  /** Asks for these documents (their shards); resolves when each has settled. */
  request(ids: readonly string[]): Promise<void>;
  /** Asks for every document; resolves when each has settled. */
  requestAll(): Promise<void>;
  /** True when every document has settled (ready or failed): nothing more will arrive. */
  settled(): boolean;
  /** Calls `listener` after any state changes; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
  /** A number that changes whenever a state changes (a snapshot for React). */
  version(): number;
}

/** The document when it is in memory, else undefined. */
export function readyDocument(texts: DocumentTexts, id: string): CorpusDocument | undefined {
  const state = texts.peek(id);
  return state.status === 'ready' ? state.document : undefined;
}

const IDLE: DocumentText = { status: 'idle' };
const noop = () => {};

/** Every document already in memory (a single-file corpus). */
export function textsInMemory(documents: readonly CorpusDocument[]): DocumentTexts {
  const states = new Map<string, DocumentText>();
  for (const document of documents) states.set(document.id, { status: 'ready', document });
  return {
    peek: (id) => states.get(id) ?? IDLE,
    request: () => Promise.resolve(),
    requestAll: () => Promise.resolve(),
    settled: () => true,
    subscribe: () => noop,
    version: () => 0,
  };
}
