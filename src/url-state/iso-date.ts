import { isCalendarDate } from '../domain/dates/is-calendar-date';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (years 0001–9999, proleptic Gregorian). */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && !text.startsWith('0000') && isCalendarDate(text);
}
