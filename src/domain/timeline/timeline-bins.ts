/**
 * What the timeline draws for a window: each event on its own where there is room, and one
 * "N events" bin per calendar period where there is not. However many events there are, the
 * timeline then draws a few hundred items at most (vis-timeline lays out every item it is
 * given, one by one: thousands take seconds). Pure: times in ms, events by index.
 */
import { BIN_UNITS, chooseBinUnit, unitBoundaries, type BinUnit } from './bin-unit';
import { DAY_MS } from '../dates/day-ms';

/** Each event's first moment and the moment after its last (ms), by index. */
export interface EventSpans {
  start: Float64Array;
  end: Float64Array;
}

export type TimelineEntry =
  | { kind: 'event'; index: number }
  | {
      kind: 'bin';
      unit: BinUnit;
      /** The period: its first moment and the first moment after it. */
      start: number;
      end: number;
      count: number;
      /** The earliest and the latest moment its events are counted at (see binZoomWindow). */
      first: number;
      last: number;
    };

export interface BinOptions {
  /** The timeline's width in px (the window spans it). */
  widthPx: number;
  /** A bin is at least this wide. */
  minBinPx?: number;
  /** A period with more events than this becomes a bin. */
  maxAlone?: number;
  /** Zoomed in to this span (ms) or closer, events are drawn one by one if not too many. */
  closeUpMs?: number;
  /** At most this many events are drawn one by one. */
  maxItems?: number;
}

const BIN_DEFAULTS = { minBinPx: 40, maxAlone: 3, closeUpMs: 21 * DAY_MS, maxItems: 200 };

/** A window always holds at least this many periods of the unit chosen for it. */
const MIN_PERIODS = 3;

/**
 * The unit of the bins for a window: periods at least `minBinPx` wide, but at least
 * MIN_PERIODS of them across the window, so that zooming in to a bin's events always shows
 * them in more than one period (or one by one): never the same bin again.
 */
function unitFor(span: number, widthPx: number, minBinPx: number): BinUnit {
  let i = BIN_UNITS.findIndex(
    (u) => u.unit === chooseBinUnit(span / Math.max(widthPx, 1), minBinPx),
  );
  while (i > 0 && (BIN_UNITS[i]?.ms ?? 0) * MIN_PERIODS > span) i--;
  return BIN_UNITS[Math.max(i, 0)]?.unit ?? 'day';
}

/** Index of the last boundary at or before `time` (boundaries ascending; time ≥ the first). */
function periodOf(bounds: readonly number[], time: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((bounds[mid] ?? Infinity) <= time) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The entries for `window` (ms) and one window's width on each side, so that a pan shows
 * something before the next call. The event at index `keep` (the selected one; -1 for none)
 * is always drawn on its own, wherever it is. An event counts in the period where it starts,
 * or, if it began before the window and runs into it, in the window's first period.
 */
export function timelineBins(
  spans: EventSpans,
  window: { start: number; end: number },
  keep: number,
  options: BinOptions,
): TimelineEntry[] {
  const { minBinPx, maxAlone, closeUpMs, maxItems } = { ...BIN_DEFAULTS, ...options };
  const span = Math.max(window.end - window.start, 1);
  const from = window.start - span;
  const to = window.end + span;
  const entries: TimelineEntry[] = [];
  if (keep >= 0 && keep < spans.start.length) entries.push({ kind: 'event', index: keep });

  const near: number[] = [];
  for (let i = 0; i < spans.start.length; i++)
    if (i !== keep && (spans.end[i] ?? 0) > from && (spans.start[i] ?? 0) < to) near.push(i);
  if (span <= closeUpMs && near.length <= maxItems) {
    for (const index of near) entries.push({ kind: 'event', index });
    return entries;
  }

  const unit = unitFor(span, options.widthPx, minBinPx);
  const bounds = unitBoundaries(from, to, unit);
  const counts = new Uint32Array(bounds.length);
  const firsts = new Float64Array(bounds.length).fill(Infinity);
  const lasts = new Float64Array(bounds.length).fill(-Infinity);
  const alone: number[][] = bounds.map(() => []);
  for (const i of near) {
    const start = spans.start[i] ?? 0;
    const anchor =
      start < window.start && (spans.end[i] ?? 0) > window.start ? window.start : start;
    const at = Math.max(anchor, from);
    const k = periodOf(bounds, at);
    counts[k] = (counts[k] ?? 0) + 1;
    firsts[k] = Math.min(firsts[k] ?? Infinity, at);
    lasts[k] = Math.max(lasts[k] ?? -Infinity, at);
    if ((counts[k] ?? 0) <= maxAlone) alone[k]?.push(i);
  }
  // Events one by one in sparse periods, unless that alone would be too many items.
  let singles = 0;
  for (const c of counts) if (c <= maxAlone) singles += c;
  const limit = singles <= maxItems ? maxAlone : 1;
  for (let k = 0; k < bounds.length - 1; k++) {
    const count = counts[k] ?? 0;
    if (count === 0) continue;
    if (count <= limit) for (const index of alone[k] ?? []) entries.push({ kind: 'event', index });
    else
      entries.push({
        kind: 'bin',
        unit,
        start: bounds[k] ?? 0,
        end: bounds[k + 1] ?? 0,
        count,
        first: firsts[k] ?? 0,
        last: lasts[k] ?? 0,
      });
  }
  return entries;
}

/** Room around a bin's events when a click zooms in to them (share of their extent). */
const ZOOM_PAD = 0.05;
/** A click on a bin shows at least this span (its events may all be on one day). */
const ZOOM_MIN_SPAN = 2 * DAY_MS;

/**
 * The window a click on `bin` zooms in to: from the first to the last moment its events are
 * counted at, with a little room, kept inside the bin's period (the click zooms into that
 * period; a window never starts months before the period it was asked for). There, the events
 * are drawn one by one, or fall in at least two smaller periods (a window holds at least three
 * periods): never the same bin again.
 */
export function binZoomWindow(bin: { start: number; end: number; first: number; last: number }): {
  start: number;
  end: number;
} {
  const extent = Math.max(bin.last - bin.first, 0);
  const room = extent * ZOOM_PAD;
  const start = Math.max(bin.first - room, bin.start);
  const end = Math.min(bin.last + room, bin.end);
  if (end - start >= ZOOM_MIN_SPAN) return { start, end };
  // Its events are close together (all on one day, say): the shortest span around them.
  const middle = (bin.first + bin.last) / 2;
  return { start: middle - ZOOM_MIN_SPAN / 2, end: middle + ZOOM_MIN_SPAN / 2 };
}
