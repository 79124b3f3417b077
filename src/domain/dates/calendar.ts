/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), always in UTC (proleptic Gregorian).
 */
import { DAY_MS } from './day-ms';

export function toDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in `month` (1–12) of `year`, by arithmetic: no Date object, so any year works. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function monthStart(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

export function monthEnd(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** Every day from start to end inclusive. */
export function eachDay(start: string, end: string): string[] {
  const days: string[] = [];
  for (let d = toDay(start); d <= toDay(end); d++) days.push(fromDay(d));
  return days;
}

export function isWholeMonth(start: string, end: string): boolean {
  const [y, m] = start.split('-').map(Number) as [number, number];
  return start === monthStart(y, m) && end === monthEnd(y, m);
}

export function isWholeYear(start: string, end: string): boolean {
  return (
    start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4)
  );
}
