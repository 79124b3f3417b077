/**
 * The state of some documents' texts (ready, loading, failed), asking for those not yet
 * asked for. Re-renders when any of them changes. With a single-file corpus every document is
 * ready at once; with a split corpus the shards holding them are fetched (src/app/shard-texts.ts).
 */
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { DocumentText, DocumentTexts } from '../domain/document-texts';

export function useDocumentTexts(
  texts: DocumentTexts,
  ids: readonly string[],
): readonly DocumentText[] {
  const subscribe = useCallback((listener: () => void) => texts.subscribe(listener), [texts]);
  const version = useSyncExternalStore(subscribe, () => texts.version());
  const key = ids.join('\n');
  useEffect(() => {
    if (key !== '') void texts.request(key.split('\n'));
  }, [texts, key]);
  return useMemo(
    () =>
      key
        .split('\n')
        .filter(Boolean)
        .map((id) => texts.peek(id)),
    // `version` is what changes when a state does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [texts, key, version],
  );
}

/** The state of one document's text (see useDocumentTexts). */
export function useDocumentText(texts: DocumentTexts, id: string): DocumentText {
  const ids = useMemo(() => [id], [id]);
  return useDocumentTexts(texts, ids)[0] ?? { status: 'idle' };
}
