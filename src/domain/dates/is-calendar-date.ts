/**
 * Whether `s` names a real day of the proleptic Gregorian calendar the way the corpus writes
 * dates: `${s}T00:00:00Z` parses, and the parsed day prints back as `s`. For `YYYY-MM-DD` (every
 * date that passes the format check) this is plain arithmetic — no Date object per date, which
 * made checking a large corpus slow; any other string keeps the Date round trip, so the answer
 * is the same for every string.
 */
import { daysInMonth } from './calendar';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

export function isCalendarDate(s: string): boolean {
  if (s.length === 10 && ISO_DAY.test(s)) {
    const month = digits(s, 5, 7);
    const day = digits(s, 8, 10);
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(digits(s, 0, 4), month);
  }
  const time = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
}
