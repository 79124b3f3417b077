import { describe, expect, it } from 'vitest';
import { timelineMoment } from '../../../src/features/timeline/timeline-moment';

describe('timelineMoment (the axis dates)', () => {
  it('gives Libyan Arabic month names in Arabic and English ones in English', () => {
    const months = (lang: 'ar' | 'en') =>
      Array.from({ length: 12 }, (_, m) =>
        timelineMoment(lang)(Date.UTC(2020, m, 15)).format('MMMM'),
      );
    expect(months('ar')).toEqual([
      'يناير',
      'فبراير',
      'مارس',
      'أبريل',
      'مايو',
      'يونيو',
      'يوليو',
      'أغسطس',
      'سبتمبر',
      'أكتوبر',
      'نوفمبر',
      'ديسمبر',
    ]);
    expect(months('en')[6]).toBe('July');
  });

  it('writes numbers with Western digits in Arabic too', () => {
    const text = timelineMoment('ar')(Date.UTC(2021, 1, 14)).format('D MMMM YYYY');
    expect(text).toBe('14 فبراير 2021');
    expect(text).not.toMatch(/[٠-٩]/);
  });

  it('works in UTC, so a day is the same day in every time zone', () => {
    const m = timelineMoment('en')(Date.UTC(2020, 6, 3));
    expect(m.isUTC()).toBe(true);
    expect([m.date(), m.hours()]).toEqual([3, 0]);
  });
});
