/**
 * Events' dates as times for the timeline: each event's first moment and the moment after its
 * last day (UTC midnights, in ms), in two typed arrays by index. Remembered per date object,
 * so that a new filter over the same events does not parse their dates again.
 */
import { isoDayMs } from '../corpus/corpus-index';
import type { DateValue } from '../corpus/schema';
import type { EventSpans } from './timeline-bins';
import { DAY_MS } from '../dates/day-ms';

const cache = new WeakMap<DateValue, readonly [number, number]>();

function spanOf(date: DateValue): readonly [number, number] {
  let span = cache.get(date);
  if (!span) {
    span = [isoDayMs(date.start), isoDayMs(date.end) + DAY_MS];
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
