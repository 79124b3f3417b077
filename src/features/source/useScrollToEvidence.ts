import { useEffect, type RefObject } from 'react';

function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** The nearest ancestor that scrolls vertically, or null when only the page does. */
function scrollerOf(element: HTMLElement): HTMLElement | null {
  for (let el = element.parentElement; el && el !== document.body; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight) {
      return el;
    }
  }
  return null;
}

/**
 * Scrolls the first mark of the selected event's first evidence span into the middle of the
 * reader whenever the document or the event changes; smoothly, unless the reader prefers
 * reduced motion. Only the reader's own scroll box moves (scrollIntoView would scroll the
 * whole page too, which on a phone throws the reader away from where they were).
 */
export function useScrollToEvidence(
  container: RefObject<HTMLElement | null>,
  documentId: string,
  eventId: string | null,
): void {
  useEffect(() => {
    if (!eventId) return;
    const mark = container.current?.querySelector<HTMLElement>('mark[data-evidence="0"]');
    const scroller = mark ? scrollerOf(mark) : null;
    if (!mark || !scroller) return;
    const offset = mark.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    const top = scroller.scrollTop + offset - scroller.clientHeight / 2 + mark.offsetHeight / 2;
    scroller.scrollTo({ top, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [container, documentId, eventId]);
}
