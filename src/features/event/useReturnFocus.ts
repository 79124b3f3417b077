import { useCallback, useEffect, useRef, type FocusEvent } from 'react';

/**
 * Remembers where focus came from when it first entered a panel for one thing shown (`key`,
 * e.g. the event's id): the list row or marker that opened it. Closing the panel gives focus
 * back there instead of losing it to the page; `fallback` names an element to use when that one
 * is gone or can no longer take focus.
 */
export function useReturnFocus(fallback: () => HTMLElement | null, key: string) {
  const cameFrom = useRef<HTMLElement | null>(null);
  useEffect(() => {
    cameFrom.current = null;
  }, [key]);
  const onFocus = useCallback((e: FocusEvent<HTMLElement>) => {
    const from = e.relatedTarget;
    if (cameFrom.current === null && from instanceof HTMLElement && !e.currentTarget.contains(from))
      cameFrom.current = from;
  }, []);
  /** Call before the panel goes: if focus is in the panel, gives it back. */
  const giveBack = useCallback(
    (panel: HTMLElement | null) => {
      if (!panel?.contains(document.activeElement)) return;
      const from = cameFrom.current;
      if (from?.isConnected) from.focus();
      if (document.activeElement !== from) fallback()?.focus();
    },
    [fallback],
  );
  return { onFocus, giveBack };
}
