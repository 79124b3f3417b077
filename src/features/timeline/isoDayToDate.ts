/**
 * Midnight UTC of an ISO day (YYYY-MM-DD), optionally moved by whole days.
 * The timeline works in UTC throughout (items, axis, window) so that a day is the same day
 * for every reader whatever their time zone.
 */
export function isoDayToDate(iso: string, addDays = 0): Date {
  const [year = NaN, month = NaN, day = NaN] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + addDays));
}
