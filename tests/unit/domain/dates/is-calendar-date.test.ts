import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../../src/domain/dates/is-calendar-date';

/** The Date round trip the schema used before: the reference. */
function byDate(s: string): boolean {
  return (
    !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
    new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)
  );
}

const two = (n: number) => String(n).padStart(2, '0');

describe('isCalendarDate', () => {
  it('agrees with the Date round trip on every month and day 00–99 of many years', () => {
    const years = [0, 1, 99, 100, 400, 1582, 1900, 1999, 2000, 2001, 2004, 2019, 2024, 2100, 9999];
    for (const y of years)
      for (let m = 0; m < 100; m++)
        for (let d = 0; d < 100; d++) {
          const s = `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`;
          expect(isCalendarDate(s), s).toBe(byDate(s));
        }
  });

  it('agrees with the Date round trip on other strings', () => {
    for (const s of ['', '2021', '2021-02', '+002021-01-01', '2021-1-1', ' 2021-01-01', 'x'])
      expect(isCalendarDate(s), s).toBe(byDate(s));
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => isCalendarDate(s) === byDate(s)),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('knows leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });
});
