import { useEffect, type RefObject } from 'react';

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * Scrolls the first mark of the selected event's first evidence span in the document into
 * the middle of the view whenever the document or the event changes; smoothly, unless the
 * reader prefers reduced motion.
 */
export function useScrollToEvidence(
  container: RefObject<HTMLElement | null>,
  documentId: string,
  eventId: string | null,
): void {
  useEffect(() => {
    if (!eventId) return;
    const mark = container.current?.querySelector('mark[data-evidence="0"]');
    mark?.scrollIntoView({
      block: 'center',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
  }, [container, documentId, eventId]);
}
