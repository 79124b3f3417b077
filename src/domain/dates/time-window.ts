/**
 * Whether an event falls in a time window. A date is an interval [start, end] (with an open
 * start for "on or before publication"); it is certainly inside when the whole interval is,
 * and possibly inside when the two overlap.
 */
import type { DateValue } from '../corpus/schema';

export type WindowFit = 'inside' | 'possible' | 'outside';

export function fitWindow(
  date: Pick<DateValue, 'start' | 'end' | 'openStart'>,
  from: string | null,
  to: string | null,
): WindowFit {
  const lo = from ?? '0000-01-01';
  const hi = to ?? '9999-12-31';
  const start = date.openStart ? '0000-01-01' : date.start;
  if (date.end < lo || start > hi) return 'outside';
  if (start >= lo && date.end <= hi) return 'inside';
  return 'possible';
}
