/**
 * The overview strip's histogram: how many events start in each of `buckets` equal stretches
 * of a time extent (the whole corpus's, so that the strip does not move as filters change).
 * One pass over typed arrays: 100,000 events take a few milliseconds. Pure: times in ms.
 */
import type { EventSpans } from './timeline-bins';

export interface TimeExtent {
  /** The first moment of the earliest event and the moment after the latest one ends. */
  start: number;
  end: number;
}

export interface TimeHistogram extends TimeExtent {
  /** Events starting in each bucket (bucket k covers start + k·width up to the next). */
  counts: Uint32Array;
  /** The largest count (0 for no events), to scale the bars. */
  max: number;
}

/** The extent of the events' spans, or null when there are none. */
export function timeExtent(spans: EventSpans): TimeExtent | null {
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < spans.start.length; i++) {
    const s = spans.start[i] ?? Infinity;
    const e = spans.end[i] ?? -Infinity;
    if (s < start) start = s;
    if (e > end) end = e;
  }
  return start < end ? { start, end } : null;
}

/** The bucket of `time` in `extent` cut into `buckets` (clamped to the first and the last). */
export function bucketOf(extent: TimeExtent, buckets: number, time: number): number {
  const k = Math.floor(((time - extent.start) / (extent.end - extent.start)) * buckets);
  return Math.min(Math.max(k, 0), buckets - 1);
}

/** Counts each event once, in the bucket where it starts; events outside `extent` are left out. */
export function timeHistogram(
  spans: EventSpans,
  extent: TimeExtent,
  buckets: number,
): TimeHistogram {
  const n = Math.max(1, Math.floor(buckets));
  const counts = new Uint32Array(n);
  const scale = n / (extent.end - extent.start);
  let max = 0;
  for (let i = 0; i < spans.start.length; i++) {
    const s = spans.start[i] ?? NaN;
    if (!(s >= extent.start && s < extent.end)) continue;
    const k = Math.min(Math.floor((s - extent.start) * scale), n - 1);
    const c = (counts[k] ?? 0) + 1;
    counts[k] = c;
    if (c > max) max = c;
  }
  return { ...extent, counts, max };
}
