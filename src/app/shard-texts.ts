/**
 * The texts of a split corpus's documents, fetched a shard at a time when a view asks for one
 * of its documents, checked (SHA-256 against the index, then its shape: check-shard.ts) and
 * kept. A shard that is missing, damaged or unreadable fails its documents only; one that did
 * not answer, or answered with an HTTP error, is asked for again on the next request.
 */
import type { ReadShard } from '../domain/corpus/check-shard';
import type { DocumentText, DocumentTexts } from '../domain/corpus/document-texts';
import type { DocumentEntry, ShardEntry } from '../domain/corpus/split-schema';

/** Shards fetched at once when every document is asked for (search): the rest wait their turn. */
const AT_ONCE = 2;

type ShardState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * `base` is the folder of the index (shard paths are relative to it); `documents` and `shards`
 * are the checked index's; `entities` the ids of its actors and places.
 */
export function shardTexts(
  base: string,
  documents: readonly DocumentEntry[],
  shards: readonly ShardEntry[],
  entities: ReadonlySet<string>,
): DocumentTexts {
  const entryOf = new Map(documents.map((d) => [d.id, d]));
  const inShard: DocumentEntry[][] = shards.map(() => []);
  for (const d of documents) inShard[d.shard]?.push(d);
  const shardState: ShardState[] = shards.map(() => 'idle');
  const pending = new Map<number, Promise<void>>();
  const texts = new Map<string, DocumentText>();
  const listeners = new Set<() => void>();
  let version = 0;
  const changed = () => {
    version++;
    for (const listener of [...listeners]) listener();
  };

  const load = (s: number): Promise<void> => {
    const running = pending.get(s);
    if (running) return running;
    const entry = shards[s] as ShardEntry;
    const mine = inShard[s] as DocumentEntry[];
    shardState[s] = 'loading';
    for (const d of mine) texts.set(d.id, { status: 'loading' });
    changed();
    const done = (async () => {
      let read: ReadShard;
      try {
        // Fetching and checking load with the first shard, not with the page.
        const { fetchShard } = await import('./fetch-shard');
        read = await fetchShard(base, entry, mine, entities);
      } catch (err) {
        read = { failure: 'network', detail: err instanceof Error ? err.message : String(err) };
      }
      if ('documents' in read) {
        for (const document of read.documents)
          texts.set(document.id, { status: 'ready', document });
        shardState[s] = 'ready';
      } else {
        for (const d of mine)
          texts.set(d.id, { status: 'failed', failure: read.failure, detail: read.detail });
        shardState[s] = 'failed';
        console.info(`Athar: a shard could not be used (${read.failure}): ${read.detail}`);
      }
      pending.delete(s);
      changed();
    })();
    pending.set(s, done);
    return done;
  };

  /** Whether shard `s` should be fetched (again) now. */
  const wanted = (s: number): boolean => {
    if (shardState[s] === 'idle') return true;
    if (shardState[s] !== 'failed') return false;
    const first = (inShard[s] as DocumentEntry[])[0];
    const state = first ? texts.get(first.id) : undefined;
    return state?.status === 'failed' && (state.failure === 'network' || state.failure === 'http');
  };

  const shardsOf = (ids: readonly string[]): number[] => {
    const found = new Set<number>();
    for (const id of ids) {
      const entry = entryOf.get(id);
      if (entry) found.add(entry.shard);
    }
    return [...found];
  };

  return {
    peek: (id) => texts.get(id) ?? { status: 'idle' },
    request(ids) {
      return Promise.all(
        shardsOf(ids).map((s) => (wanted(s) ? load(s) : (pending.get(s) ?? Promise.resolve()))),
      ).then(() => {});
    },
    async requestAll() {
      let next = 0;
      const worker = async () => {
        while (next < shards.length) {
          const s = next++;
          if (shardState[s] === 'idle') await load(s);
          else await pending.get(s);
        }
      };
      await Promise.all(Array.from({ length: Math.min(AT_ONCE, shards.length) }, worker));
    },
    settled: () => shardState.every((s) => s === 'ready' || s === 'failed'),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
