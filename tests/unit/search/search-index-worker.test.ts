/**
 * The search index built in the worker is the index the page builds: the worker's module runs
 * here behind a stand-in Worker that passes each message through structuredClone (as
 * postMessage does), in later tasks.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndexInWorker } from '../../../src/app/build-search-index-in-worker';
import { nextTask } from '../../../src/app/prepare-search-index';
import { buildCorpusIndex, type CorpusIndex } from '../../../src/domain/corpus/corpus-index';
import { searchCorpus } from '../../../src/domain/search/search-corpus';
import { buildSearchIndex, searchIndexBuilder } from '../../../src/domain/search/search-index';
import { realCorpus, realIndex } from './real-index';
import { syntheticIndex } from './synthetic-index';

type Handler = ((event: { data: unknown }) => void) | null;

/** The worker's side: what the module sets as `self.onmessage`, and its replies. */
const scope: { onmessage: Handler; postMessage(message: unknown): void } = {
  onmessage: null,
  postMessage: () => {},
};

let messages = 0;

class StandInWorker {
  onmessage: Handler = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  constructor() {
    scope.postMessage = (message) =>
      setTimeout(() => {
        if (!this.terminated) this.onmessage?.({ data: structuredClone(message) });
      }, 0);
  }
  postMessage(message: unknown) {
    messages++;
    const copy = structuredClone(message);
    setTimeout(() => scope.onmessage?.({ data: copy }), 0);
  }
  terminate() {
    this.terminated = true;
  }
}

async function inWorker(index: CorpusIndex): Promise<void> {
  vi.resetModules();
  vi.stubGlobal('self', scope);
  vi.stubGlobal('Worker', StandInWorker);
  // A fresh worker module: its own postings builder, as a new worker has.
  await import('../../../src/app/search-index-worker');
  await new Promise<void>((resolve, reject) => {
    const failed = () => reject(new Error('failed'));
    // Small batches: many messages, and documents whose sentences fall in two batches.
    const builder = searchIndexBuilder(index);
    buildSearchIndexInWorker(index, builder, nextTask, true, resolve, failed, 20_000);
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const QUERIES = ['اكار', 'والنمروش', 'بطرابلس', 'Tripoli', 'mini', 'الوفاق حكومة', 'ترهونة12'];

describe('the search index built in a worker', () => {
  it('is the index built on the page, and finds the same', async () => {
    const page = syntheticIndex(2_000, 7);
    const worker = syntheticIndex(2_000, 7);
    messages = 0;
    await inWorker(worker);
    expect(searchIndexBuilder(worker).done).toBe(true);
    // More than one batch of texts, then "finish".
    expect(messages).toBeGreaterThan(10);
    const a = buildSearchIndex(page);
    const b = buildSearchIndex(worker);
    expect(b.size).toBe(a.size);
    expect(b.terms).toEqual(a.terms);
    expect(b.postings.map((p) => [...p])).toEqual(a.postings.map((p) => [...p]));
    for (const q of QUERIES)
      expect(JSON.stringify(searchCorpus(worker, q, 50))).toBe(
        JSON.stringify(searchCorpus(page, q, 50)),
      );
  });

  it('finds in the bundled corpus what the page-built index finds', async () => {
    const expected = QUERIES.map((q) => JSON.stringify(searchCorpus(realIndex, q, 50)));
    const fresh = buildCorpusIndex(realCorpus);
    await inWorker(fresh);
    QUERIES.forEach((q, i) => expect(JSON.stringify(searchCorpus(fresh, q, 50))).toBe(expected[i]));
  });
});
