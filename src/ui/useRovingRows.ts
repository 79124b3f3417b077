import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';

/** The row index of the element that has focus inside the list, if any. */
function rowIndexOf(target: EventTarget): number | null {
  if (!(target instanceof HTMLElement)) return null;
  const value = target.closest<HTMLElement>('[data-index]')?.dataset.index;
  return value === undefined ? null : Number(value);
}

export interface RovingRows {
  /** The row with tabindex 0; render it even when it is outside the window. */
  activeIndex: number;
  /** Scrolls the list so that row `row` is in view (no-op when it is, or without layout). */
  scrollToRow(row: number, smooth: boolean): void;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  onFocus(e: FocusEvent<HTMLElement>): void;
}

/**
 * Keyboard for a windowed list of same-height rows whose focusable element carries
 * `data-index` (its row's position): one row is in the Tab order (roving tabindex; it follows
 * the selection); Up/Down move focus by one row, Page Up/Down by a screenful, Home/End to the
 * ends. The caller renders the active row even when it is outside the window, so that focus
 * can always land on it.
 */
export function useRovingRows(
  scrollerRef: RefObject<HTMLElement | null>,
  rows: readonly { id: string }[],
  positions: ReadonlyMap<string, number>,
  selectedId: string | null,
  rowHeight: number,
): RovingRows {
  const count = rows.length;
  const idAt = (i: number) => rows[i]?.id;
  const pendingFocus = useRef(false);
  // The row with tabindex 0: the last one focused, reset to the selection when it changes.
  const [activeId, setActiveId] = useState<string | null>(selectedId);
  const [lastSelectedId, setLastSelectedId] = useState(selectedId);
  if (selectedId !== lastSelectedId) {
    setLastSelectedId(selectedId);
    if (selectedId !== null) setActiveId(selectedId);
  }
  const activeIndex =
    (activeId !== null ? positions.get(activeId) : undefined) ??
    (selectedId !== null ? positions.get(selectedId) : undefined) ??
    0;

  const scrollToRow = useCallback(
    (row: number, smooth: boolean) => {
      const scroller = scrollerRef.current;
      if (!scroller) return;
      const top = row * rowHeight;
      const view = scroller.clientHeight;
      let target: number | null = null;
      if (top < scroller.scrollTop) target = top;
      else if (top + rowHeight > scroller.scrollTop + view) target = top + rowHeight - view;
      if (target === null || view === 0) return;
      if (typeof scroller.scrollTo === 'function')
        scroller.scrollTo({ top: target, behavior: smooth ? 'smooth' : 'auto' });
      else scroller.scrollTop = target;
    },
    [scrollerRef, rowHeight],
  );

  // After a key moved the active row, focus it (the caller always renders it).
  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    const row = scrollerRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    row?.focus({ preventScroll: true });
    // The list may sit in a scrolled panel too: show the focused row there as well.
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [scrollerRef, activeIndex]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const from = rowIndexOf(e.target) ?? activeIndex;
    const page = Math.max(1, Math.floor((scrollerRef.current?.clientHeight ?? 0) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + page,
      PageUp: from - page,
      Home: 0,
      End: count - 1,
    };
    const wanted = moves[e.key];
    if (wanted === undefined || count === 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const to = Math.min(count - 1, Math.max(0, wanted));
    const id = idAt(to);
    if (to === from || id === undefined) return;
    pendingFocus.current = true;
    setActiveId(id);
    scrollToRow(to, false);
  };

  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const row = rowIndexOf(e.target);
    const id = row !== null ? idAt(row) : undefined;
    if (id !== undefined) setActiveId(id);
  };

  return { activeIndex, scrollToRow, onKeyDown, onFocus };
}
