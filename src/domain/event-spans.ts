/**
 * Events' dates as times for the timeline: each event's first moment and the moment after its
 * last day (UTC midnights, in ms), in two typed arrays by index. Remembered per date object,
 * so that a new filter over the same events does not parse their dates again.
 */
import type { DateValue } from './schema';
import type { EventSpans } from './timeline-bins';

const DAY = 86_400_000;
const cache = new WeakMap<DateValue, readonly [number, number]>();

/** Midnight UTC of an ISO day (YYYY-MM-DD), in ms. */
export function isoDayToTime(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1;
  const day = Number(iso.slice(8, 10));
  // Date.UTC reads the years 0–99 as 1900–1999.
  return year >= 100 ? Date.UTC(year, month, day) : new Date(0).setUTCFullYear(year, month, day);
}

function spanOf(date: DateValue): readonly [number, number] {
  let span = cache.get(date);
  if (!span) {
    span = [isoDayToTime(date.start), isoDayToTime(date.end) + DAY];
    cache.set(date, span);
  }
  return span;
}

export function eventSpans(events: readonly { date: DateValue }[]): EventSpans {
  const start = new Float64Array(events.length);
  const end = new Float64Array(events.length);
  events.forEach((event, i) => {
    const [s, e] = spanOf(event.date);
    start[i] = s;
    end[i] = e;
  });
  return { start, end };
}
