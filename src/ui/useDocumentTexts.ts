/**
 * The state of some documents' texts (ready, loading, failed), asking for those not yet
 * asked for. Re-renders when the state of one of them changes, and only then: the other
 * shards arriving (search fetches them all in the background) draw nothing again. With a
 * single-file corpus every document is ready at once; with a split corpus the shards holding
 * them are fetched (src/app/shard-texts.ts).
 */
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { DocumentText, DocumentTexts } from '../domain/corpus/document-texts';

function stateKey(state: DocumentText): string {
  return state.status === 'failed' ? `failed:${state.failure}` : state.status;
}

export function useDocumentTexts(
  texts: DocumentTexts,
  ids: readonly string[],
): readonly DocumentText[] {
  const key = ids.join('\n');
  const subscribe = useCallback((listener: () => void) => texts.subscribe(listener), [texts]);
  // A string, so that React compares the states of these documents only.
  const snapshot = useCallback(
    () =>
      key === ''
        ? ''
        : key
            .split('\n')
            .map((id) => stateKey(texts.peek(id)))
            .join('\n'),
    [texts, key],
  );
  const states = useSyncExternalStore(subscribe, snapshot);
  useEffect(() => {
    if (key !== '') void texts.request(key.split('\n'));
  }, [texts, key]);
  return useMemo(
    () =>
      key
        .split('\n')
        .filter(Boolean)
        .map((id) => texts.peek(id)),
    // `states` is what changes when the state of one of them does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [texts, key, states],
  );
}

/** The state of one document's text (see useDocumentTexts). */
export function useDocumentText(texts: DocumentTexts, id: string): DocumentText {
  const ids = useMemo(() => [id], [id]);
  return useDocumentTexts(texts, ids)[0] ?? { status: 'idle' };
}
