import { useLayoutEffect, useState, type RefObject } from 'react';

/** Row height in rem; EventRow.css lays a row out to fit exactly this. */
export const ROW_HEIGHT_REM = 6;
/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gap. */
const OVERSCAN = 8;
/** Viewport height assumed before layout is known (and in jsdom, which has no layout). */
const FALLBACK_VIEWPORT_PX = 800;

interface Metrics {
  /** Index of the first row at least partly in view. */
  firstVisible: number;
  /** Rows that fit in the viewport, rounded up, plus one for a partly shown row. */
  viewportRows: number;
  /** One row's height in CSS pixels (ROW_HEIGHT_REM × the root font size). */
  rowHeight: number;
}

function rowHeightPx(): number {
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return ROW_HEIGHT_REM * (Number.isFinite(root) && root > 0 ? root : 16);
}

/**
 * Simple windowing for a list of fixed-height rows inside the scroll container `scrollerRef`:
 * which rows [first, last] to render. Recomputed on scroll (only when the first visible row
 * changes) and when the container or the root font size changes size.
 */
export function useRowWindow(
  scrollerRef: RefObject<HTMLElement | null>,
  count: number,
): { first: number; last: number; rowHeight: number } {
  const [metrics, setMetrics] = useState<Metrics>({
    firstVisible: 0,
    viewportRows: Math.ceil(FALLBACK_VIEWPORT_PX / (ROW_HEIGHT_REM * 16)) + 1,
    rowHeight: ROW_HEIGHT_REM * 16,
  });

  useLayoutEffect(() => {
    const element = scrollerRef.current;
    if (!element) return;
    let rowHeight = rowHeightPx();
    const update = () => {
      const viewport = element.clientHeight || FALLBACK_VIEWPORT_PX;
      const next: Metrics = {
        firstVisible: Math.floor(element.scrollTop / rowHeight),
        viewportRows: Math.ceil(viewport / rowHeight) + 1,
        rowHeight,
      };
      setMetrics((prev) =>
        prev.firstVisible === next.firstVisible &&
        prev.viewportRows === next.viewportRows &&
        prev.rowHeight === next.rowHeight
          ? prev
          : next,
      );
    };
    const resize = () => {
      rowHeight = rowHeightPx();
      update();
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(resize) : null;
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [scrollerRef]);

  const first = Math.max(0, metrics.firstVisible - OVERSCAN);
  const last = Math.min(count - 1, metrics.firstVisible + metrics.viewportRows + OVERSCAN);
  return { first, last, rowHeight: metrics.rowHeight };
}
