/**
 * Whether `index`'s search index is built. The index is built in the background once a corpus
 * is shown (prepare-search-index.ts); when a search is `wanted` before that is done, the rest
 * is built here in short tasks (the page stays responsive) and the answer turns true when it
 * is whole. Until then the views show every event and the search says it is being prepared.
 */
import { useEffect, useState } from 'react';
import type { CorpusIndex } from '../domain/corpus/corpus-index';
import { searchIndexBuilder } from '../domain/search/search-index';
import { buildInSlices, nextTask } from './prepare-search-index';

export function useSearchIndexReady(index: CorpusIndex, wanted: boolean): boolean {
  const [builtFor, setBuiltFor] = useState<CorpusIndex | null>(null);
  const ready = builtFor === index || searchIndexBuilder(index).done;
  useEffect(() => {
    if (!wanted || ready) return;
    return buildInSlices(index, nextTask, () => setBuiltFor(index));
  }, [index, wanted, ready]);
  return ready;
}
