import { DAY_MS } from '../dates/day-ms';
/**
 * Calendar periods the timeline groups events by when they are too many to draw one by one:
 * a day, a week (from Monday), a month, a quarter, a year, or 5, 10 or 50 years. All in UTC,
 * on times in milliseconds.
 */
export type BinUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'year5' | 'year10' | 'year50';

/** From the shortest to the longest, with each one's typical length in ms (to choose by). */
export const BIN_UNITS: readonly { unit: BinUnit; ms: number }[] = [
  { unit: 'day', ms: DAY_MS },
  { unit: 'week', ms: 7 * DAY_MS },
  { unit: 'month', ms: 30.44 * DAY_MS },
  { unit: 'quarter', ms: 91.31 * DAY_MS },
  { unit: 'year', ms: 365.25 * DAY_MS },
  { unit: 'year5', ms: 5 * 365.25 * DAY_MS },
  { unit: 'year10', ms: 10 * 365.25 * DAY_MS },
  { unit: 'year50', ms: 50 * 365.25 * DAY_MS },
];

const YEARS: Partial<Record<BinUnit, number>> = { year: 1, year5: 5, year10: 10, year50: 50 };

/** The start of the period of `unit` that contains `time`. */
export function floorToUnit(time: number, unit: BinUnit): number {
  if (unit === 'day') return Math.floor(time / DAY_MS) * DAY_MS;
  if (unit === 'week') {
    const day = Math.floor(time / DAY_MS);
    // 1 January 1970 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
    return (day - ((((day + 3) % 7) + 7) % 7)) * DAY_MS;
  }
  const d = new Date(time);
  const year = d.getUTCFullYear();
  if (unit === 'month') return Date.UTC(year, d.getUTCMonth(), 1);
  if (unit === 'quarter') return Date.UTC(year, d.getUTCMonth() - (d.getUTCMonth() % 3), 1);
  const span = YEARS[unit] ?? 1;
  return Date.UTC(year - (((year % span) + span) % span), 0, 1);
}

/** The start of the period after the one that starts at `start`. */
export function nextOfUnit(start: number, unit: BinUnit): number {
  if (unit === 'day') return start + DAY_MS;
  if (unit === 'week') return start + 7 * DAY_MS;
  const d = new Date(start);
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  if (unit === 'quarter') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3, 1);
  return Date.UTC(d.getUTCFullYear() + (YEARS[unit] ?? 1), 0, 1);
}

/** The starts of the periods of `unit` from the one containing `from` to the one after `to`. */
export function unitBoundaries(from: number, to: number, unit: BinUnit): number[] {
  const bounds = [floorToUnit(from, unit)];
  let last = bounds[0] ?? from;
  while (last <= to) {
    last = nextOfUnit(last, unit);
    bounds.push(last);
  }
  return bounds;
}

/** The shortest unit whose periods are at least `minPx` wide at `msPerPx` (else the longest). */
export function chooseBinUnit(msPerPx: number, minPx: number): BinUnit {
  for (const { unit, ms } of BIN_UNITS) if (ms / msPerPx >= minPx) return unit;
  return 'year50';
}
