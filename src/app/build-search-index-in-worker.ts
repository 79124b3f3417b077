/**
 * Builds a corpus's search index in a module worker (search-index-worker.ts), so that the
 * page's main thread only hands over the texts: in batches of about `batchChars` characters, as
 * many as fit in SLICE_MS per task, each task after a wait. The worker sends back the terms and
 * postings, which become the index (the builder's `adopt`: the same index the page would
 * build). Whoever asks for the same index joins the one build, which goes at the pace of the
 * most urgent (a search typed while it runs hurries it). `done` is called when the index is
 * whole; `failed` when the worker cannot run (the caller then builds on the page). Returns a
 * function that stops waiting, and the build when nobody else waits for it.
 *
 * Loaded with the work, not with the page; it imports no code of the page's, which would then
 * be split out of the initial chunk to be shared: the index's builder is given to it.
 */
import type { CorpusIndex } from '../domain/corpus/corpus-index';
import type { SearchIndexBuilder } from '../domain/search/search-index';
import type { SearchWorkerReply, SearchWorkerRequest } from './search-worker-protocol';

/** About how many characters of text one message carries. */
const BATCH_CHARS = 1 << 20;
/** The longest task of handing over texts, in ms. */
const SLICE_MS = 25;

type Wait = (run: () => void) => () => void;

interface Waiter {
  done: () => void;
  failed: () => void;
}

interface Build {
  waiters: Set<Waiter>;
  wait: Wait;
  stop: () => void;
}

const builds = new WeakMap<CorpusIndex, Build>();

function start(index: CorpusIndex, builder: SearchIndexBuilder, build: Build, batchChars: number) {
  const { size, visit, adopt } = builder;
  let next = 0;
  let stopped = false;
  let cancel: () => void = () => {};
  const end = (call: (w: Waiter) => void) => {
    stopped = true;
    cancel();
    worker.terminate();
    if (builds.get(index) === build) builds.delete(index);
    for (const w of [...build.waiters]) call(w);
  };
  const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), {
    type: 'module',
  });
  build.stop = () => end(() => {});
  worker.onmessage = ({ data }: MessageEvent<SearchWorkerReply>) => {
    if (stopped) return;
    const { terms, all, offsets } = data;
    adopt({ terms, postings: terms.map((_, t) => all.subarray(offsets[t], offsets[t + 1])) });
    end((w) => w.done());
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (!stopped) end((w) => w.failed());
  };
  const send = (message: SearchWorkerRequest, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);

  /** The next batch: texts, a document's text once for all its sentences. */
  const batch = () => {
    const texts: string[] = [];
    const runs: number[] = [];
    const shared = new Map<string, number>();
    let chars = 0;
    const slot = (text: string, whole: boolean): number => {
      let at = whole ? undefined : shared.get(text);
      if (at === undefined) {
        at = texts.push(text) - 1;
        chars += text.length;
        if (!whole) shared.set(text, at);
      }
      return at;
    };
    for (; next < size && chars < batchChars; next++) {
      const e = next;
      visit(e, (text, rank, from, to) => {
        const whole = from === undefined;
        runs.push(e, rank, slot(text, whole), from ?? 0, to ?? -1);
      });
    }
    const packed = Int32Array.from(runs);
    send({ kind: 'texts', texts, runs: packed }, [packed.buffer]);
  };
  const slice = () => {
    if (stopped) return;
    const until = performance.now() + SLICE_MS;
    while (next < size && performance.now() < until) batch();
    if (next < size) cancel = build.wait(slice);
    else send({ kind: 'finish' });
  };
  cancel = build.wait(slice);
}

export function buildSearchIndexInWorker(
  index: CorpusIndex,
  builder: SearchIndexBuilder,
  wait: Wait,
  urgent: boolean,
  done: () => void,
  failed: () => void,
  batchChars = BATCH_CHARS,
): () => void {
  const waiter: Waiter = { done, failed };
  let build = builds.get(index);
  if (!build) {
    build = { waiters: new Set(), wait, stop: () => {} };
    builds.set(index, build);
    try {
      start(index, builder, build, batchChars);
    } catch {
      builds.delete(index);
      failed();
      return () => {};
    }
  }
  if (urgent) build.wait = wait;
  const mine = build;
  mine.waiters.add(waiter);
  return () => {
    mine.waiters.delete(waiter);
    if (mine.waiters.size === 0) mine.stop();
  };
}
