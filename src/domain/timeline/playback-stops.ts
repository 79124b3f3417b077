/**
 * Where playback stops on its way through the events: the days events start on, in time
 * order, each once. With more such days than `max`, the stretch of time is cut into `max`
 * equal parts and playback stops at the end of each part that has an event, so that a long,
 * dense corpus plays in at most `max` steps. Pure: times are UTC midnights in ms.
 */
import type { EventSpans } from './timeline-bins';
import { DAY_MS } from '../dates/day-ms';

/** The stops (each the first moment of the last day it shows), ascending and unique. */
export function playbackStops(
  spans: EventSpans,
  bounds: { start: number; end: number } | null = null,
  max = 120,
): number[] {
  const days = new Set<number>();
  for (let i = 0; i < spans.start.length; i++) {
    const s = spans.start[i] ?? NaN;
    if (!Number.isFinite(s)) continue;
    if (bounds && (s < bounds.start || s >= bounds.end)) continue;
    days.add(Math.floor(s / DAY_MS) * DAY_MS);
  }
  const sorted = [...days].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (sorted.length <= max || first === undefined || last === undefined) return sorted;
  const width = (last + DAY_MS - first) / max;
  const stops = new Set<number>();
  for (const day of sorted) {
    const part = Math.min(Math.floor((day - first) / width), max - 1);
    // The part's last day: the day before the next part starts (never before `day`).
    const end = Math.floor((first + (part + 1) * width - 1) / DAY_MS) * DAY_MS;
    stops.add(Math.max(end, day));
  }
  return [...stops].sort((a, b) => a - b);
}

/** The index of the stop at or just before `time` (−1 if `time` is before every stop). */
export function stopAtOrBefore(stops: readonly number[], time: number): number {
  let lo = 0;
  let hi = stops.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((stops[mid] ?? Infinity) <= time) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
