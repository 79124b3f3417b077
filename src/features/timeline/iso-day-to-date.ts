import { isoDayMs } from '../../domain/corpus/corpus-index';
import { DAY_MS } from '../../domain/dates/day-ms';

/**
 * Midnight UTC of an ISO day (YYYY-MM-DD), optionally moved by whole days.
 * The timeline works in UTC throughout (items, axis, window) so that a day is the same day
 * for every reader whatever their time zone.
 */
export function isoDayToDate(iso: string, addDays = 0): Date {
  return new Date(isoDayMs(iso) + addDays * DAY_MS);
}
