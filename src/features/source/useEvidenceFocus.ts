import { useEffect, useRef, type RefObject } from 'react';
import { onEvidenceFocusRequest } from './evidenceFocus';

/** A request for a document the reader does not show yet is kept this long (ms). */
const PENDING_FOR = 2000;

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** Focuses the first marked passage in `root` and scrolls it into view; false if none. */
function focusFirstPassage(root: HTMLElement | null): boolean {
  const passage = root?.querySelector<HTMLElement>('[data-evidence-row][tabindex]');
  if (!passage) return false;
  passage.focus({ preventScroll: true });
  passage.scrollIntoView?.({
    block: 'center',
    behavior: prefersReducedMotion() ? 'auto' : 'smooth',
  });
  return true;
}

/**
 * Focus for the marked evidence in the reader's `body`: returns a function that focuses the
 * first marked passage (false when there is none), and answers requestEvidenceFocus for
 * `documentId`, now or once the reader shows that document (`evidenceKey` changes when the
 * marked evidence does).
 */
export function useEvidenceFocus(
  body: RefObject<HTMLElement | null>,
  documentId: string,
  evidenceKey: string,
): () => boolean {
  const pending = useRef<{ documentId: string; at: number } | null>(null);

  useEffect(
    () =>
      onEvidenceFocusRequest((requested) => {
        pending.current = null;
        if (requested === documentId && focusFirstPassage(body.current)) return;
        pending.current = { documentId: requested, at: Date.now() };
      }),
    [body, documentId],
  );

  // The reader now shows the requested document (or its evidence): focus it.
  useEffect(() => {
    const request = pending.current;
    if (!request || request.documentId !== documentId) return;
    pending.current = null;
    if (Date.now() - request.at <= PENDING_FOR) focusFirstPassage(body.current);
  }, [body, documentId, evidenceKey]);

  return () => focusFirstPassage(body.current);
}
