/**
 * Whether `index`'s search index is built. The index is built in the background once a corpus
 * is shown (prepare-search-index.ts, in a worker); when a search is `wanted` before that is
 * done, the build is hurried (its texts handed over in the next tasks rather than idle time;
 * on the page in short tasks where no worker runs: the page stays responsive) and the answer
 * turns true when it is whole. Until then the views show every event and the search says it
 * is being prepared. A split corpus's texts are all fetched before the index is begun.
 */
import { useEffect, useState } from 'react';
import type { CorpusIndex } from '../domain/corpus/corpus-index';
import { searchIndexBuilder } from '../domain/search/search-index';
import { nextTask, textsThenIndex } from './prepare-search-index';

export function useSearchIndexReady(index: CorpusIndex, wanted: boolean): boolean {
  const [builtFor, setBuiltFor] = useState<CorpusIndex | null>(null);
  // The builder is not made before the texts are all in (it lays out every sentence).
  const ready = builtFor === index || (index.texts.settled() && searchIndexBuilder(index).done);
  useEffect(() => {
    if (!wanted || ready) return;
    return textsThenIndex(index, nextTask, () => setBuiltFor(index));
  }, [index, wanted, ready]);
  return ready;
}
