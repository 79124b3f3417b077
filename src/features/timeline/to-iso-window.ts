/**
 * The visible time window as ISO days for the URL: the day the window starts in and the last
 * day it shows (inclusive), in UTC like the rest of the timeline.
 */
export function toIsoWindow(start: Date, end: Date): { start: string; end: string } {
  const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  const last = Math.max(start.getTime(), end.getTime() - 1);
  return { start: day(start.getTime()), end: day(last) };
}
