/**
 * Builds the search index of a corpus in the background, in a worker (the page only hands it
 * the texts, in short tasks when idle: build-search-index-in-worker.ts), so that the first
 * search finds it ready instead of freezing the page while it is built (seconds for 100,000
 * events). Where no worker runs, it is built on the page in short tasks. Starts after the
 * views have had time to draw. A search made before it is done hurries it, and says the
 * search is being prepared until it is whole (useSearchIndexReady).
 * The sentences of every document are searched, so a split corpus's shards are all fetched
 * first (a few at a time); a shard that cannot be had leaves its documents out of the search.
 * Returns a function that stops the work (another corpus is shown).
 */
import type { CorpusIndex } from '../domain/corpus/corpus-index';
import { searchIndexBuilder } from '../domain/search/search-index';

/** The longest task, in ms: well under the 50 ms a long task starts at. */
const SLICE_MS = 25;
/** Time left to the first paint of the views before the work starts, in ms. */
const START_AFTER_MS = 1500;

type IdleWait = (run: () => void) => () => void;

/** The next task (a search is waiting: no need to wait for idle time). */
export const nextTask: IdleWait = (run) => {
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
};

/** The next idle moment (requestIdleCallback where there is one), or the next task. */
const nextIdle: IdleWait = (run) => {
  if (typeof requestIdleCallback !== 'function') return nextTask(run);
  const id = requestIdleCallback(run, { timeout: 1000 });
  return () => cancelIdleCallback(id);
};

/**
 * Builds the rest of `index`'s search index in tasks of at most SLICE_MS, each after `wait`,
 * then calls `done`. Returns a function that stops the work.
 */
function buildInSlices(index: CorpusIndex, wait: IdleWait, done: () => void): () => void {
  const builder = searchIndexBuilder(index);
  let cancel: () => void = () => {};
  let stopped = false;
  const slice = () => {
    if (stopped) return;
    const until = performance.now() + SLICE_MS;
    if (builder.step(() => performance.now() >= until)) done();
    else cancel = wait(slice);
  };
  cancel = wait(slice);
  return () => {
    stopped = true;
    cancel();
  };
}

/**
 * Every document's text fetched (or failed), then the index built in the worker (in slices
 * after `wait` on the page where no worker runs or it fails); `done` when it is whole.
 */
export function textsThenIndex(
  index: CorpusIndex,
  wait: IdleWait,
  done: () => void = () => {},
): () => void {
  let stop: () => void = () => {};
  let stopped = false;
  const onPage = () => {
    if (!stopped) stop = buildInSlices(index, wait, done);
  };
  const build = () => {
    if (stopped) return;
    if (typeof Worker !== 'function') return onPage();
    // Loaded with the work, not with the page (the initial JS has a budget).
    void import('./build-search-index-in-worker').then((lazy) => {
      if (!stopped)
        stop = lazy.buildSearchIndexInWorker(
          index,
          searchIndexBuilder(index),
          wait,
          wait === nextTask,
          done,
          onPage,
        );
    }, onPage);
  };
  if (index.texts.settled()) build();
  else void index.texts.requestAll().then(build);
  return () => {
    stopped = true;
    stop();
  };
}

export function prepareSearchIndex(index: CorpusIndex, startAfterMs = START_AFTER_MS): () => void {
  let stop: () => void = () => {};
  const timer = setTimeout(() => {
    stop = textsThenIndex(index, nextIdle);
  }, startAfterMs);
  return () => {
    clearTimeout(timer);
    stop();
  };
}
