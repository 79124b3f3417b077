import {
  defaultRangeExtractor,
  elementScroll,
  measureElement,
  useVirtualizer,
  type Range,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { ReaderBlocks } from './reader-blocks';
import { isPageScroller, scrollParentOf } from './scroll-parent';

/** Viewport height assumed while the scroller has no layout (a hidden panel, jsdom). */
const FALLBACK_HEIGHT = 800;
/** Blocks drawn beyond each edge of the viewport. */
const OVERSCAN = 2;
/** A scroll that stops for this long has ended (ms). */
const SCROLL_END = 150;

type ReaderVirtualizer = Virtualizer<HTMLElement, HTMLDivElement>;

function observeRect(instance: ReaderVirtualizer, cb: (rect: Rect) => void) {
  const el = instance.scrollElement;
  if (!el) return;
  const page = isPageScroller(el);
  const report = () =>
    cb({
      width: page ? window.innerWidth : el.clientWidth,
      height: (page ? window.innerHeight : el.clientHeight) || FALLBACK_HEIGHT,
    });
  report();
  const observer =
    !page && typeof ResizeObserver === 'function' ? new ResizeObserver(report) : null;
  observer?.observe(el);
  window.addEventListener('resize', report);
  return () => {
    observer?.disconnect();
    window.removeEventListener('resize', report);
  };
}

function observeOffset(
  instance: ReaderVirtualizer,
  cb: (offset: number, isScrolling: boolean) => void,
) {
  const el = instance.scrollElement;
  if (!el) return;
  const target: HTMLElement | Window = isPageScroller(el) ? window : el;
  let ended: ReturnType<typeof setTimeout> | undefined;
  const scrolled = () => {
    cb(el.scrollTop, true);
    clearTimeout(ended);
    ended = setTimeout(() => cb(el.scrollTop, false), SCROLL_END);
  };
  cb(el.scrollTop, false);
  target.addEventListener('scroll', scrolled, { passive: true });
  return () => {
    clearTimeout(ended);
    target.removeEventListener('scroll', scrolled);
  };
}

/** Scrolls only when the position changes (attaching to a scroller asks for where it is). */
const scrollTo: typeof elementScroll<HTMLElement> = (offset, options, instance) => {
  const el = instance.scrollElement;
  if (el && Math.abs(el.scrollTop - (offset + (options.adjustments ?? 0))) < 1) return;
  elementScroll(offset, options, instance);
};

/**
 * A drawn block's height; while it has no layout (a hidden panel, jsdom) its estimate, so that
 * a hidden reader does not take every block for zero-high and draw them all.
 */
function measure(blocks: ReaderBlocks) {
  return (
    el: HTMLDivElement,
    entry: ResizeObserverEntry | undefined,
    instance: ReaderVirtualizer,
  ) => {
    const size = measureElement(el, entry, instance);
    return size > 0 ? size : (blocks.estimates[Number(el.dataset.index)] ?? 0);
  };
}

/** Where the list starts in its scroller's content, in CSS pixels. */
function marginIn(list: HTMLElement, scroller: HTMLElement): number {
  const top = isPageScroller(scroller)
    ? 0
    : scroller.getBoundingClientRect().top + scroller.clientTop;
  return Math.round(list.getBoundingClientRect().top - top + scroller.scrollTop);
}

/**
 * Windowing for the reader's `blocks` of rows in `list`: only the blocks in view (and a couple
 * beyond) are drawn, plus the `always` blocks (those with evidence, so that it is in the Tab
 * order and can be scrolled to). The scroller is not assumed: it is the nearest scrolling
 * ancestor of the list (the reader's own box, a column holding detail, evidence and source, or
 * the page), found again after each render and on resize, and the list's offset inside it is
 * measured.
 */
export function useReaderWindow(
  list: RefObject<HTMLElement | null>,
  rows: readonly { start: number }[],
  blocks: ReaderBlocks,
  always: readonly number[],
) {
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range);
      const extra = always.filter((i) => i < range.count && !shown.includes(i));
      return extra.length === 0 ? shown : [...shown, ...extra].sort((a, b) => a - b);
    },
    [always],
  );

  // Stable per document: a new getItemKey makes the virtualizer lay out every block again.
  const estimateSize = useCallback((b: number) => blocks.estimates[b] ?? 0, [blocks]);
  const getItemKey = useCallback(
    (b: number) => rows[blocks.starts[b] ?? 0]?.start ?? b,
    [rows, blocks],
  );
  const measureBlock = useMemo(() => measure(blocks), [blocks]);

  // The virtualizer's result is read during render and never memoised (the React Compiler is
  // not used here), which is what this rule warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLElement, HTMLDivElement>({
    count: blocks.count,
    getScrollElement: () => scroller,
    estimateSize,
    getItemKey,
    overscan: OVERSCAN,
    scrollMargin: margin,
    rangeExtractor,
    observeElementRect: observeRect,
    observeElementOffset: observeOffset,
    scrollToFn: scrollTo,
    initialRect: { width: 0, height: FALLBACK_HEIGHT },
    measureElement: measureBlock,
  });

  // Find the scroller and the list's place in it after every render (what is above the list
  // may have changed), and when the window is resized (the layout may have changed). The
  // updates are idempotent (same scroller, same margin: no render), so no dependency list.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const found = scrollParentOf(element);
    setScroller((prev) => (prev === found ? prev : found));
    const at = marginIn(element, found);
    setMargin((prev) => (Math.abs(prev - at) < 1 ? prev : at));
  });
  useLayoutEffect(() => {
    const element = list.current;
    if (!element || !scroller) return;
    const target: HTMLElement | Window = isPageScroller(scroller) ? window : scroller;
    // Reading positions in a scroll or resize handler costs nothing: layout is clean then.
    const remeasure = () =>
      setMargin((prev) => {
        const at = marginIn(element, scroller);
        return Math.abs(prev - at) < 1 ? prev : at;
      });
    const refind = () => {
      const found = scrollParentOf(element);
      if (found !== scroller) setScroller(found);
      else remeasure();
    };
    target.addEventListener('scroll', remeasure, { passive: true });
    window.addEventListener('resize', refind);
    return () => {
      target.removeEventListener('scroll', remeasure);
      window.removeEventListener('resize', refind);
    };
  }, [list, scroller]);

  return { virtualizer, margin };
}
