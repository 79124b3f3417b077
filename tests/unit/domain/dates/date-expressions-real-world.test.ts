/**
 * The date expressions that failed on real Arabic news articles (issue 19), each resolved
 * against publication dates on every weekday and across a year boundary, with Gregorian and
 * Levantine month names and Eastern Arabic digits.
 */
import { describe, expect, it } from 'vitest';
import { addDays, weekday } from '../../../../src/domain/dates/calendar';
import { findDateExpressions } from '../../../../src/domain/dates/find-date-expressions';
import { resolveDateExpression } from '../../../../src/domain/dates/resolve-date-expression';

function resolve(text: string, start: string, end = start): string {
  const found = findDateExpressions(text);
  if (found.length !== 1)
    return `found ${found.length}: ${found.map((f) => text.slice(f.start, f.end)).join(' | ')}`;
  const r = resolveDateExpression(found[0]!.expression, { start, end });
  if ('error' in r) return 'does not fit';
  return r.value.start === r.value.end ? r.value.start : `${r.value.start}..${r.value.end}`;
}
const words = (text: string) => findDateExpressions(text).map((f) => text.slice(f.start, f.end));

/** Seven consecutive publication days, Sunday 3 January 2021 to Saturday 9 January 2021. */
const WEEK = Array.from({ length: 7 }, (_, i) => addDays('2021-01-03', i));
/** And a week across the year boundary: Sunday 27 December 2020 to Saturday 2 January 2021. */
const NEW_YEAR_WEEK = Array.from({ length: 7 }, (_, i) => addDays('2020-12-27', i));
const ALL_DAYS = [...WEEK, ...NEW_YEAR_WEEK];

describe('an explicit day wins over "last"', () => {
  it.each([
    ['الأربعاء 11 نوفمبر/تشرين الثاني الماضي'],
    ['الأربعاء 11 تشرين الثاني/نوفمبر الماضي'],
    ['الأربعاء ١١ نوفمبر الماضي'],
  ])('%s is 11 November 2020 from any day of January 2021', (text) => {
    for (const day of WEEK) expect(resolve(text, day)).toBe('2020-11-11');
  });
  it('the weekday must agree with the day', () => {
    expect(resolve('الخميس 11 نوفمبر الماضي', '2021-01-05')).toBe('does not fit');
  });
  it.each([['الـ17 من يونيو الماضي'], ['الـ17 من حزيران الماضي'], ['الـ١٧ من حزيران الماضية']])(
    '%s is 17 June, not the whole month',
    (text) => {
      expect(resolve(text, '2020-07-03')).toBe('2020-06-17');
      expect(resolve(text, '2021-06-17')).toBe('2021-06-17');
      expect(resolve(text, '2021-06-16')).toBe('2020-06-17');
    },
  );
});

describe('weekdays with last and next, masculine and feminine', () => {
  it.each(ALL_DAYS)('published %s', (pub) => {
    const wd = weekday(pub);
    const friday = (5 - wd + 7) % 7;
    // Next Friday: the first Friday after publication (a week on when published on a Friday).
    const next = addDays(pub, friday === 0 ? 7 : friday);
    expect(resolve('الجمعة المقبلة', pub)).toBe(next);
    expect(resolve('الجمعة المقبل', pub)).toBe(next);
    expect(resolve('يوم الجمعة القادمة', pub)).toBe(next);
    // Last Thursday: the last Thursday before the day of publication (a week back on a Thursday).
    const back = (wd - 4 + 7) % 7;
    const last = addDays(pub, back === 0 ? -7 : -back);
    expect(resolve('الخميس الماضي', pub)).toBe(last);
    expect(resolve('الخميس الماضية', pub)).toBe(last);
    // Plain "on Thursday" in news is the latest Thursday, the day itself included.
    expect(resolve('يوم الخميس', pub)).toBe(addDays(pub, -back));
  });
});

describe('yesterday, the day before, and today', () => {
  it.each(ALL_DAYS)('published %s', (pub) => {
    expect(resolve('أمس', pub)).toBe(addDays(pub, -1));
    expect(resolve('أول من أمس', pub)).toBe(addDays(pub, -2));
    expect(resolve('وأول من أمس', pub)).toBe(addDays(pub, -2));
  });
  it('checks "yesterday, Friday" against the publication weekday', () => {
    expect(resolve('أمس الجمعة', '2021-01-09')).toBe('2021-01-08');
    expect(resolve('أمس الجمعة', '2021-01-10')).toBe('does not fit');
    // A window of publication days narrows to the ones that fit.
    expect(resolve('أمس الجمعة', '2021-01-08', '2021-01-10')).toBe('2021-01-08');
  });
  it('does not read a TV channel as today', () => {
    expect(words('قالت قناة روسيا اليوم إن')).toEqual([]);
    expect(words('بحسب «روسيا اليوم» و المصري اليوم')).toEqual([]);
    expect(words('وصل اليوم الأحد')).toEqual(['اليوم الأحد']);
  });
});

describe('dates written without spaces, in figures, or without a year', () => {
  it('reads a month with its year run into it', () => {
    expect(resolve('في ديسمبر2021', '2021-01-10')).toBe('2021-12-01..2021-12-31');
    expect(resolve('كانون الأول2021', '2021-01-10')).toBe('2021-12-01..2021-12-31');
  });
  it.each([['27/11/2019'], ['٢٧/١١/٢٠١٩'], ['27-11-2019'], ['27.11.2019']])(
    'reads %s as 27 November 2019',
    (text) => {
      for (const day of ALL_DAYS) expect(resolve(`وقعت في ${text} في`, day)).toBe('2019-11-27');
    },
  );
  it('does not read mixed separators or impossible dates', () => {
    expect(words('27/11-2019')).toEqual([]);
    expect(words('31/02/2019').length).toBe(1);
    expect(resolve('31/02/2019', '2021-01-10')).toBe('does not fit');
  });
  it('reads "in 2019" as the year', () => {
    expect(resolve('في 2019', '2021-01-10')).toBe('2019-01-01..2019-12-31');
    expect(resolve('وفي ٢٠١٩', '2021-01-10')).toBe('2019-01-01..2019-12-31');
  });
  it('reads a day and month without a year as the one nearest publication', () => {
    expect(resolve('في 17 يونيو', '2020-07-03')).toBe('2020-06-17');
    expect(resolve('في 24 ديسمبر', '2021-01-10')).toBe('2020-12-24');
    expect(resolve('في 5 كانون الثاني', '2020-12-30')).toBe('2021-01-05');
  });
});

describe('parts of months and distances back', () => {
  it.each([
    ['منتصف الشهر الجاري', '2021-01-03', '2021-01-11..2021-01-20'],
    ['منتصف الشهر الحالي', '2020-12-31', '2020-12-11..2020-12-20'],
    ['مطلع الشهر الماضي', '2021-01-05', '2020-12-01..2020-12-10'],
    ['أواخر الشهر المقبل', '2020-12-15', '2021-01-21..2021-01-31'],
    ['بداية الشهر المقبل', '2020-12-15', '2021-01-01..2021-01-10'],
  ])('%s published %s is %s', (text, pub, expected) => {
    expect(resolve(text, pub)).toBe(expected);
  });
  it.each(ALL_DAYS)('"three weeks ago" published %s is about 21 days back', (pub) => {
    const back = addDays(pub, -21);
    expect(resolve('قبل ثلاثة أسابيع', pub)).toBe(`${addDays(back, -3)}..${addDays(back, 3)}`);
    expect(resolve('قبل يومين', pub)).toBe(addDays(pub, -2));
    expect(resolve('قبل 3 أيام', pub)).toBe(addDays(pub, -3));
  });
  it('does not take "before" alone for a date', () => {
    expect(words('قبل الاجتماع وقبل أن يصل')).toEqual([]);
  });
});
