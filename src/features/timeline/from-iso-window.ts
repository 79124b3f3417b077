import { isoDayToDate } from './iso-day-to-date';

/**
 * The window to show for ISO days from the URL: from the start of the first day to the end of
 * the last (inclusive) day. `toIsoWindow` of the result gives the same days back, so a window
 * read from the URL and reported again does not drift.
 */
export function fromIsoWindow(days: { start: string; end: string }): { start: Date; end: Date } {
  const start = isoDayToDate(days.start);
  const end = isoDayToDate(days.end, 1);
  return end > start ? { start, end } : { start, end: isoDayToDate(days.start, 1) };
}
