import { useLayoutEffect, useState, type RefObject } from 'react';

/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gap. */
const OVERSCAN = 8;
/** Viewport height assumed before layout is known (and in jsdom, which has no layout). */
const FALLBACK_VIEWPORT_PX = 800;

interface Metrics {
  /** The scroll position, in whole units from the top. */
  topUnits: number;
  /** Units that fit in the viewport, rounded up, plus one for a partly shown unit. */
  viewportUnits: number;
  /** One unit in CSS pixels (the block size of the unit element). */
  unit: number;
  /** The list has been laid out and measured (it is in the document and has a size). */
  measured: boolean;
}

export interface RowWindow {
  /** The rows to render: [first, last], visible ones and a few beyond each edge. */
  first: number;
  last: number;
  /** One unit in CSS pixels. */
  unit: number;
  /** Where row `i` starts, in CSS pixels from the top of the list. */
  top(i: number): number;
  /** Row `i`'s height in CSS pixels. */
  height(i: number): number;
  /** The whole list's height in CSS pixels. */
  total: number;
  /** The list has been laid out and measured: scrolling it now has an effect. */
  measured: boolean;
}

/** The last row that starts at or before `units` (rows' starts in units, ascending). */
function rowAt(starts: ArrayLike<number> | undefined, count: number, units: number): number {
  if (count === 0) return 0;
  if (!starts) return Math.min(count - 1, Math.max(0, Math.floor(units)));
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= units) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Windowing for a list of rows whose heights are known in advance, as whole multiples of one
 * unit, inside the scroll container `scrollerRef`: which rows to render and where they go.
 *
 * The unit is the block size of `unitRef`, an empty element styled by the list's CSS (e.g.
 * `block-size: 6rem`), read by a ResizeObserver: it follows the root font size, the language
 * and container queries, and nothing here forces a style or layout computation (the observer
 * reports sizes after layout; the scroll position is read only on scroll). `starts` gives each
 * row's start in units, plus the end of the last row (count + 1 entries); without it every
 * row is one unit. `fallbackUnitPx` is the unit assumed until it is measured (and in jsdom).
 */
export function useRowWindow(
  scrollerRef: RefObject<HTMLElement | null>,
  unitRef: RefObject<HTMLElement | null>,
  count: number,
  fallbackUnitPx: number,
  starts?: ArrayLike<number>,
): RowWindow {
  const [metrics, setMetrics] = useState<Metrics>(() => ({
    topUnits: 0,
    viewportUnits: Math.ceil(FALLBACK_VIEWPORT_PX / fallbackUnitPx) + 1,
    unit: fallbackUnitPx,
    measured: false,
  }));

  useLayoutEffect(() => {
    const element = scrollerRef.current;
    if (!element) return;
    let unit = fallbackUnitPx;
    let viewport = FALLBACK_VIEWPORT_PX;
    let measured = false;
    const update = () => {
      const next: Metrics = {
        topUnits: Math.floor(element.scrollTop / unit),
        viewportUnits: Math.ceil(viewport / unit) + 1,
        unit,
        measured,
      };
      setMetrics((prev) =>
        prev.topUnits === next.topUnits &&
        prev.viewportUnits === next.viewportUnits &&
        prev.unit === next.unit &&
        prev.measured === next.measured
          ? prev
          : next,
      );
    };
    // Called after layout: reading sizes here costs nothing. Layout sizes, not rendered ones
    // (a Leaflet popup is scaled while the map zooms).
    const resized = (entries: ResizeObserverEntry[]) => {
      for (const entry of entries) {
        if (entry.target !== unitRef.current) continue;
        const measured = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
        if (measured > 0) unit = measured;
      }
      if (element.clientHeight > 0) {
        viewport = element.clientHeight;
        measured = true;
      }
      update();
    };
    element.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(resized) : null;
    observer?.observe(element);
    if (unitRef.current) observer?.observe(unitRef.current);
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [scrollerRef, unitRef, fallbackUnitPx]);

  const { unit } = metrics;
  const firstVisible = rowAt(starts, count, metrics.topUnits);
  const lastVisible = rowAt(starts, count, metrics.topUnits + metrics.viewportUnits);
  const startOf = (i: number) => (starts ? (starts[i] ?? 0) : i);
  return {
    first: Math.max(0, firstVisible - OVERSCAN),
    last: Math.min(count - 1, lastVisible + OVERSCAN),
    unit,
    top: (i) => startOf(i) * unit,
    height: (i) => (startOf(i + 1) - startOf(i)) * unit,
    total: startOf(count) * unit,
    measured: metrics.measured,
  };
}
