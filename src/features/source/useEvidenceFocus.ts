import { useEffect, useRef, type RefObject } from 'react';
import type { RequestSource } from '../../ui/request-channel';
import { scrollParentOf } from './scroll-parent';

/** A request for a document the reader does not show yet is kept this long (ms). */
const PENDING_FOR = 2000;

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** A passage further than this many screens away is jumped to, not scrolled to smoothly. */
const FAR_SCREENS = 3;
/** Frames in which a jump is checked and repeated while rows on the way are measured. */
const SETTLE_FRAMES = 12;

/** Whether `el` lies inside its scroller's visible box and the window. */
function inView(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  const box = scrollParentOf(el).getBoundingClientRect();
  const top = Math.max(0, box.top);
  const bottom = Math.min(window.innerHeight, box.bottom || window.innerHeight);
  return r.top >= top - 1 && r.top < bottom;
}

/**
 * Scrolls `passage` to the middle of the reader: smoothly when it is near; at once when it is
 * far, then again in the next frames until it stays in view. (The reader draws only the rows
 * in view and measures them as they are drawn; a long smooth scroll is stopped by the first
 * correction, and the rows measured on arrival move the passage.)
 */
function bringIntoView(passage: HTMLElement): void {
  if (typeof passage.scrollIntoView !== 'function') return;
  const far = Math.abs(passage.getBoundingClientRect().top) > FAR_SCREENS * window.innerHeight;
  const smooth = !far && !prefersReducedMotion();
  passage.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  if (smooth) return;
  let frames = 0;
  const settle = () => {
    if (!passage.isConnected) return;
    if (!inView(passage)) passage.scrollIntoView({ block: 'center', behavior: 'auto' });
    if (++frames < SETTLE_FRAMES) requestAnimationFrame(settle);
  };
  requestAnimationFrame(settle);
}

/** Focuses the first marked passage in `root` and scrolls it into view; false if none. */
function focusFirstPassage(root: HTMLElement | null): boolean {
  const passage = root?.querySelector<HTMLElement>('[data-evidence-row][tabindex]');
  if (!passage) return false;
  passage.focus({ preventScroll: true });
  bringIntoView(passage);
  return true;
}

/**
 * Focus for the marked evidence in the reader's `body`: returns a function that focuses the
 * first marked passage (false when there is none), and answers the `requests` for
 * `documentId`, now or once the reader shows that document (`evidenceKey` changes when the
 * marked evidence does).
 */
export function useEvidenceFocus(
  body: RefObject<HTMLElement | null>,
  documentId: string,
  evidenceKey: string,
  requests?: RequestSource<string>,
): () => boolean {
  const pending = useRef<{ documentId: string; at: number } | null>(null);

  useEffect(
    () =>
      requests?.listen((requested) => {
        pending.current = null;
        if (requested === documentId && focusFirstPassage(body.current)) return;
        pending.current = { documentId: requested, at: Date.now() };
      }),
    [body, documentId, requests],
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
