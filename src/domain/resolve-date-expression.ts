/**
 * Resolving a date expression against a document's publication date.
 *
 * When the publication date is a window, the expression is resolved for every possible
 * publication day and the results are joined: "on Friday" in an article published on 3 or
 * 4 July 2020 is Friday 3 July 2020 either way, so it resolves to one day.
 */
import {
  addDays,
  eachDay,
  isWholeMonth,
  isWholeYear,
  monthEnd,
  monthStart,
  weekday,
} from './calendar';
import type { DateExpression } from './find-date-expressions';
import {
  ARABIC_MONTHS,
  ARABIC_WEEKDAY_NOUNS,
  ARABIC_WEEKDAYS,
  ENGLISH_MONTHS,
  ENGLISH_WEEKDAYS,
} from './month-names';
import type { Bilingual, DateValue } from './schema';

interface Resolved {
  start: string;
  end: string;
}

function resolveFor(expr: DateExpression, day: string): Resolved | null {
  const [y, m] = day.split('-').map(Number) as [number, number];
  switch (expr.kind) {
    case 'today':
      if (expr.weekday !== null && weekday(day) !== expr.weekday) return null;
      return { start: day, end: day };
    case 'yesterday':
      return { start: addDays(day, -1), end: addDays(day, -1) };
    case 'weekday': {
      const diff = (weekday(day) - expr.weekday + 7) % 7;
      const d =
        expr.direction === 'past' ? addDays(day, -diff) : addDays(day, diff === 0 ? 7 : 7 - diff);
      return { start: d, end: d };
    }
    case 'named-month': {
      const year =
        expr.direction === 'last' ? (expr.month < m ? y : y - 1) : expr.month > m ? y : y + 1;
      return { start: monthStart(year, expr.month), end: monthEnd(year, expr.month) };
    }
    case 'month-year':
      return { start: monthStart(expr.year, expr.month), end: monthEnd(expr.year, expr.month) };
    case 'day-month-year': {
      const iso = `${monthStart(expr.year, expr.month).slice(0, 8)}${String(expr.day).padStart(2, '0')}`;
      return expr.day <= Number(monthEnd(expr.year, expr.month).slice(8))
        ? { start: iso, end: iso }
        : null;
    }
    case 'year':
      return { start: `${expr.year}-01-01`, end: `${expr.year}-12-31` };
  }
}

export function precisionOf(start: string, end: string): DateValue['precision'] {
  if (start === end) return 'day';
  if (isWholeMonth(start, end)) return 'month';
  if (isWholeYear(start, end)) return 'year';
  return 'range';
}

function describe(expr: DateExpression): Bilingual {
  switch (expr.kind) {
    case 'today':
      return expr.weekday === null
        ? { ar: 'اليوم: يوم النشر', en: 'today: the day of publication' }
        : {
            ar: `اليوم ${ARABIC_WEEKDAYS[expr.weekday]}: يوم النشر، وهو ${ARABIC_WEEKDAYS[expr.weekday]}`,
            en: `today, ${ENGLISH_WEEKDAYS[expr.weekday]}: the day of publication, a ${ENGLISH_WEEKDAYS[expr.weekday]}`,
          };
    case 'yesterday':
      return { ar: 'أمس: اليوم السابق للنشر', en: 'yesterday: the day before publication' };
    case 'weekday':
      return expr.direction === 'past'
        ? {
            ar: `يوم ${ARABIC_WEEKDAYS[expr.weekday]}: آخر يوم ${ARABIC_WEEKDAY_NOUNS[expr.weekday]} في يوم النشر أو قبله`,
            en: `on ${ENGLISH_WEEKDAYS[expr.weekday]}: the last ${ENGLISH_WEEKDAYS[expr.weekday]} on or before publication`,
          }
        : {
            ar: `${ARABIC_WEEKDAYS[expr.weekday]} المقبل: أول يوم ${ARABIC_WEEKDAY_NOUNS[expr.weekday]} بعد النشر`,
            en: `next ${ENGLISH_WEEKDAYS[expr.weekday]}: the first ${ENGLISH_WEEKDAYS[expr.weekday]} after publication`,
          };
    case 'named-month':
      return expr.direction === 'last'
        ? {
            ar: `${ARABIC_MONTHS[expr.month - 1]} الماضي: آخر شهر ${ARABIC_MONTHS[expr.month - 1]} قبل شهر النشر`,
            en: `last ${ENGLISH_MONTHS[expr.month - 1]}: the latest ${ENGLISH_MONTHS[expr.month - 1]} before the month of publication`,
          }
        : {
            ar: `${ARABIC_MONTHS[expr.month - 1]} المقبل: أول شهر ${ARABIC_MONTHS[expr.month - 1]} بعد شهر النشر`,
            en: `next ${ENGLISH_MONTHS[expr.month - 1]}: the first ${ENGLISH_MONTHS[expr.month - 1]} after the month of publication`,
          };
    case 'month-year':
      return {
        ar: 'الشهر والسنة مذكوران في النص',
        en: 'the month and year are stated in the text',
      };
    case 'day-month-year':
      return { ar: 'التاريخ مذكور في النص', en: 'the date is stated in the text' };
    case 'year':
      return { ar: 'السنة مذكورة في النص', en: 'the year is stated in the text' };
  }
}

/** True when the expression needs the publication date to be resolved. */
export function isRelative(expr: DateExpression): boolean {
  return !['month-year', 'day-month-year', 'year'].includes(expr.kind);
}

/**
 * The DateValue an expression gives, or an error message when it does not fit the
 * publication date (e.g. "today, Sunday" in an article published on a Monday).
 */
export function resolveDateExpression(
  expr: DateExpression,
  published: { start: string; end: string },
): { value: Omit<DateValue, 'expression'> } | { error: string } {
  const results = eachDay(published.start, published.end)
    .map((day) => resolveFor(expr, day))
    .filter((r): r is Resolved => r !== null);
  if (results.length === 0) {
    return {
      error: `the expression does not fit the publication date ${published.start}…${published.end}`,
    };
  }
  const start = results.map((r) => r.start).sort()[0] as string;
  const end = results
    .map((r) => r.end)
    .sort()
    .at(-1) as string;
  return {
    value: {
      start,
      end,
      precision: precisionOf(start, end),
      basis: isRelative(expr) ? 'relative' : 'stated',
      note: describe(expr),
    },
  };
}
