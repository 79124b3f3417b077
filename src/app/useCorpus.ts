import { useCallback, useEffect, useState } from 'react';
import type { CorpusIndex } from '../domain/corpus-index';
import { loadCorpus, type CorpusError } from './load-corpus';

export type CorpusState =
  | { status: 'loading' }
  | { status: 'ready'; index: CorpusIndex }
  | { status: 'error'; error: CorpusError };

/** Loads the bundled corpus once; `retry` loads it again. */
export function useCorpus(): { corpus: CorpusState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [corpus, setCorpus] = useState<CorpusState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void loadCorpus().then((result) => {
      if (!live) return;
      setCorpus(
        'index' in result
          ? { status: 'ready', index: result.index }
          : { status: 'error', error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setCorpus({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { corpus, retry };
}
