/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), always in UTC.
 */

export function toDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

export function fromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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
