import { describe, expect, it } from 'vitest';
import { formatBinPeriod } from '../../../src/features/timeline/format-bin-period';
import { isBinId } from '../../../src/features/timeline/timeline-bin-item';
import { binLevel, toBinItem } from '../../../src/features/timeline/to-bin-item';
import { i18n } from '../../../src/i18n/i18n';
import { DAY_MS } from '../../../src/domain/dates/day-ms';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('formatBinPeriod', () => {
  it('names each kind of period in English and Arabic', () => {
    expect(formatBinPeriod('day', utc(2020, 7, 3), utc(2020, 7, 4), 'en')).toBe('3 July 2020');
    expect(formatBinPeriod('week', utc(2020, 6, 29), utc(2020, 7, 6), 'en')).toMatch(
      /^29 June\s–\s5 July 2020$/,
    );
    expect(formatBinPeriod('month', utc(2020, 7), utc(2020, 8), 'en')).toBe('July 2020');
    expect(formatBinPeriod('quarter', utc(2020, 7), utc(2020, 10), 'en')).toMatch(
      /^July\s–\sSeptember 2020$/,
    );
    expect(formatBinPeriod('year', utc(2020), utc(2021), 'en')).toBe('2020');
    expect(formatBinPeriod('year10', utc(2000), utc(2010), 'en')).toMatch(/^2000\s–\s2009$/);
    expect(formatBinPeriod('month', utc(2020, 7), utc(2020, 8), 'ar')).toBe('يوليو 2020');
    expect(formatBinPeriod('year10', utc(2000), utc(2010), 'ar')).toMatch(/^2000\s*–\s*2009$/);
  });
});

describe('toBinItem', () => {
  const bin = {
    kind: 'bin',
    unit: 'month',
    start: utc(2020, 7),
    end: utc(2020, 8),
    first: utc(2020, 7, 3),
    last: utc(2020, 7, 20),
  } as const;

  it('is a range over its period less the gap, with an id no event can have', () => {
    const item = toBinItem(
      { ...bin, count: 14 },
      2 * DAY_MS,
      'en',
      i18n.getFixedT('en', 'timeline'),
    );
    expect(isBinId(item.id)).toBe(true);
    expect(item.id).not.toMatch(/^[a-z0-9-]+$/);
    expect(item.start.getTime()).toBe(utc(2020, 7));
    expect(item.end.getTime()).toBe(utc(2020, 8) - 2 * DAY_MS);
    expect([item.periodStart, item.periodEnd]).toEqual([utc(2020, 7), utc(2020, 8)]);
    // A click zooms in to its events (3 to 20 July), with a little room.
    expect(item.zoomStart).toBeLessThan(utc(2020, 7, 3));
    expect(item.zoomStart).toBeGreaterThan(utc(2020, 7, 2));
    expect(item.zoomEnd).toBeGreaterThan(utc(2020, 7, 20));
    expect(item.zoomEnd).toBeLessThan(utc(2020, 7, 21));
    expect(item.content).toBe('14');
    expect(item.spoken).toBe('14 events in July 2020');
    expect(item.title).toBe('14 events in July 2020<br>Click to zoom in');
    expect(item.className).toBe('tl-bin tl-bin-level-2');
  });

  it('says how many in Arabic with the plural form of the number', () => {
    const t = i18n.getFixedT('ar', 'timeline');
    expect(toBinItem({ ...bin, count: 5 }, 0, 'ar', t).spoken).toBe('5 أحداث في يوليو 2020');
    expect(toBinItem({ ...bin, count: 14 }, 0, 'ar', t).spoken).toBe('14 حدثًا في يوليو 2020');
    // Western digits, grouped as in Libya.
    expect(toBinItem({ ...bin, count: 1200 }, 0, 'ar', t).content).toBe('1.200');
  });

  it('is darker by order of magnitude', () => {
    expect([4, 9, 10, 99, 100, 999, 1000, 50_000].map(binLevel)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });
});
