import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../../src/domain/corpus/schema';
import { formatEventDate } from '../../../src/features/timeline/format-event-date';
import { i18n } from '../../../src/i18n/i18n';

const en = i18n.getFixedT('en', 'timeline');
const ar = i18n.getFixedT('ar', 'timeline');
const date = (d: Partial<DateValue> & { start: string }): DateValue => ({
  end: d.start,
  precision: 'day',
  basis: 'stated',
  ...d,
});

describe('formatEventDate', () => {
  it('writes a day, a month and a year at their precision', () => {
    expect(formatEventDate(date({ start: '2020-07-03' }), 'en', en)).toBe('3 July 2020');
    expect(
      formatEventDate(
        date({ start: '2019-11-01', end: '2019-11-30', precision: 'month' }),
        'en',
        en,
      ),
    ).toBe('November 2019');
    expect(
      formatEventDate(
        date({ start: '2020-01-01', end: '2020-12-31', precision: 'year' }),
        'en',
        en,
      ),
    ).toBe('2020');
  });

  it('writes a period as a range', () => {
    const text = formatEventDate(
      date({ start: '2020-03-01', end: '2020-05-31', precision: 'range' }),
      'en',
      en,
    );
    expect(text).toMatch(/^1 March\s*–\s*31 May 2020$/);
  });

  it('says "on or before" for a date known only from publication', () => {
    const reported = date({
      start: '2021-12-20',
      end: '2021-12-20',
      precision: 'range',
      basis: 'reported',
    });
    expect(formatEventDate(reported, 'en', en)).toBe('On or before 20 December 2021');
    expect(formatEventDate(reported, 'ar', ar)).toBe('في 20 ديسمبر 2021 أو قبله');
    const between = { ...reported, start: '2021-12-01' };
    expect(formatEventDate(between, 'en', en)).toMatch(/^Sometime in 1\s*–\s*20 December 2021$/);
  });

  it('uses Libyan month names and Western digits in Arabic', () => {
    expect(formatEventDate(date({ start: '2020-07-03' }), 'ar', ar)).toBe('3 يوليو 2020');
    expect(
      formatEventDate(
        date({ start: '2019-11-01', end: '2019-11-30', precision: 'month' }),
        'ar',
        ar,
      ),
    ).toBe('نوفمبر 2019');
    expect(formatEventDate(date({ start: '2021-02-14' }), 'ar', ar)).not.toMatch(/[٠-٩]/);
  });
});
