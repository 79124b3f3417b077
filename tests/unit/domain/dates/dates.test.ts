import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../../../../src/domain/dates/find-date-expressions';
import { resolveDateExpression } from '../../../../src/domain/dates/resolve-date-expression';

function resolve(text: string, start: string, end = start) {
  const [first] = findDateExpressions(text);
  if (!first) throw new Error(`no expression in ${text}`);
  const r = resolveDateExpression(first.expression, { start, end });
  if ('error' in r) return r.error;
  return `${r.value.start}..${r.value.end} ${r.value.precision} ${r.value.basis}`;
}

describe('date expressions', () => {
  it('finds each expression with its exact span', () => {
    const text =
      'وصل اليوم الأحد. وفي الـ24 من ديسمبر 2021 وفي نوفمبر/تشرين الثاني الماضي وزار يوم الجمعة';
    expect(findDateExpressions(text).map((f) => text.slice(f.start, f.end))).toEqual([
      'اليوم الأحد',
      'الـ24 من ديسمبر 2021',
      'نوفمبر/تشرين الثاني الماضي',
      'يوم الجمعة',
    ]);
  });

  // 2020-07-03 was a Friday.
  it.each([
    ['يوم الأحد', '2020-06-28'],
    ['يوم الاثنين', '2020-06-29'],
    ['يوم الثلاثاء', '2020-06-30'],
    ['يوم الأربعاء', '2020-07-01'],
    ['الخميس', '2020-07-02'],
    ['يوم الجمعة', '2020-07-03'],
    ['السبت', '2020-06-27'],
  ])('resolves %s to the last such day on or before publication', (text, day) => {
    expect(resolve(text, '2020-07-03')).toBe(`${day}..${day} day relative`);
  });

  it('resolves a weekday against a publication window to one day when only one fits', () => {
    expect(resolve('يوم الجمعة', '2020-07-03', '2020-07-04')).toBe(
      '2020-07-03..2020-07-03 day relative',
    );
    expect(resolve('الخميس', '2020-07-03', '2020-07-04')).toBe(
      '2020-07-02..2020-07-02 day relative',
    );
  });
  it('resolves a weekday to a range when the window allows two', () => {
    expect(resolve('السبت', '2020-07-03', '2020-07-04')).toBe(
      '2020-06-27..2020-07-04 range relative',
    );
  });
  it('checks "today, Sunday" against the publication day', () => {
    expect(resolve('اليوم الأحد', '2021-01-10')).toBe('2021-01-10..2021-01-10 day relative');
    expect(resolve('اليوم الأحد', '2021-01-11')).toMatch(/does not fit/);
  });
  it('resolves "last November" across a year boundary', () => {
    expect(resolve('نوفمبر/تشرين الثاني الماضي', '2020-07-03')).toBe(
      '2019-11-01..2019-11-30 month relative',
    );
    expect(resolve('ديسمبر الماضي', '2021-01-10')).toBe('2020-12-01..2020-12-31 month relative');
    expect(resolve('نوفمبر الماضي', '2020-11-15')).toBe('2019-11-01..2019-11-30 month relative');
    expect(resolve('يناير المقبل', '2020-12-15')).toBe('2021-01-01..2021-01-31 month relative');
  });
  it('reads every Gregorian and Levantine month name', () => {
    const gregorian = [
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
    ];
    const levantine = [
      'كانون الثاني',
      'شباط',
      'آذار',
      'نيسان',
      'أيار',
      'حزيران',
      'تموز',
      'آب',
      'أيلول',
      'تشرين الأول',
      'تشرين الثاني',
      'كانون الأول',
    ];
    gregorian.forEach((m, i) => {
      const mm = String(i + 1).padStart(2, '0');
      expect(resolve(`في ${m} 2019`, '2020-01-01')).toMatch(
        new RegExp(`^2019-${mm}-01\\.\\.2019-${mm}-\\d\\d month stated$`),
      );
      expect(resolve(`في ${levantine[i]} 2019`, '2020-01-01')).toMatch(
        new RegExp(`^2019-${mm}-01`),
      );
    });
  });
  it('reads stated days and years', () => {
    expect(resolve('في الـ24 من ديسمبر 2021', '2021-01-10')).toBe(
      '2021-12-24..2021-12-24 day stated',
    );
    expect(resolve('في 3 يوليو 2020', '2021-01-10')).toBe('2020-07-03..2020-07-03 day stated');
    expect(resolve('في عام 2019', '2021-01-10')).toBe('2019-01-01..2019-12-31 year stated');
    expect(resolve('في 31 فبراير 2021', '2021-01-10')).toMatch(/does not fit/);
  });
  it('finds nothing in text without dates', () => {
    expect(findDateExpressions('اتفق الطرفان على فتح مراكز تدريب')).toEqual([]);
  });
});
