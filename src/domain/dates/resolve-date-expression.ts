/**
 * Resolving a date expression against a document's publication date.
 *
 * When the publication date is a window, the expression is resolved for every possible
 * publication day and the results are joined: "on Friday" in an article published on 3 or
 * 4 July 2020 is Friday 3 July 2020 either way, so it resolves to one day.
 */
import {
  addDays,
  daysInMonth,
  eachDay,
  isWholeMonth,
  isWholeYear,
  monthEnd,
  monthStart,
  toDay,
  weekday,
} from './calendar';
import type { AgoUnit, DateExpression, MonthPart } from './find-date-expressions';
import {
  ARABIC_MONTHS,
  ARABIC_WEEKDAY_NOUNS,
  ARABIC_WEEKDAYS,
  ENGLISH_MONTHS,
  ENGLISH_WEEKDAYS,
} from './month-names';
import type { Bilingual, DateValue } from '../corpus/schema';

interface Resolved {
  start: string;
  end: string;
}

function isoDay(year: number, month: number, day: number): string | null {
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A resolved day, or null when it does not exist or its weekday contradicts the text. */
function dayWithWeekday(iso: string | null, wd: number | null | undefined): Resolved | null {
  if (iso === null) return null;
  if (wd !== undefined && wd !== null && weekday(iso) !== wd) return null;
  return { start: iso, end: iso };
}

function shiftMonth(y: number, m: number, by: number): [number, number] {
  const n = y * 12 + (m - 1) + by;
  return [Math.floor(n / 12), (n % 12) + 1];
}

/** A day and month without a year: the nearest such date to publication (past on a tie). */
function nearestDayMonth(day: number, month: number, pub: string): string | null {
  const y = Number(pub.slice(0, 4));
  const options = [y - 1, y, y + 1]
    .map((year) => isoDay(year, month, day))
    .filter((d): d is string => d !== null);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const d of options) {
    const distance = Math.abs(toDay(d) - toDay(pub));
    if (distance < bestDistance || (distance === bestDistance && d < pub)) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

const PART_DAYS: Record<MonthPart, [number, number | null]> = {
  early: [1, 10],
  mid: [11, 20],
  late: [21, null],
};

/** How far either side of "N weeks/months ago" the day may lie. */
const AGO_SLACK: Record<AgoUnit, number> = { day: 0, week: 3, month: 15 };

function resolveFor(expr: DateExpression, day: string): Resolved | null {
  const [y, m] = day.split('-').map(Number) as [number, number];
  switch (expr.kind) {
    case 'today':
      return dayWithWeekday(day, expr.weekday);
    case 'yesterday':
      return dayWithWeekday(addDays(day, -1), expr.weekday);
    case 'day-before-yesterday':
      return dayWithWeekday(addDays(day, -2), null);
    case 'weekday': {
      const diff = (weekday(day) - expr.weekday + 7) % 7;
      const d =
        expr.direction === 'past'
          ? addDays(day, -diff)
          : expr.direction === 'last'
            ? addDays(day, diff === 0 ? -7 : -diff)
            : addDays(day, diff === 0 ? 7 : 7 - diff);
      return { start: d, end: d };
    }
    case 'named-month': {
      const year =
        expr.direction === 'last' ? (expr.month < m ? y : y - 1) : expr.month > m ? y : y + 1;
      return { start: monthStart(year, expr.month), end: monthEnd(year, expr.month) };
    }
    case 'month-year':
      return { start: monthStart(expr.year, expr.month), end: monthEnd(expr.year, expr.month) };
    case 'day-month-year':
      return dayWithWeekday(isoDay(expr.year, expr.month, expr.day), expr.weekday);
    case 'day-month': {
      // An explicit day wins: "last" is the most recent such date on or before publication,
      // "next" the first after it.
      let iso: string | null;
      if (expr.direction === 'last') {
        const thisYear = isoDay(y, expr.month, expr.day);
        iso = thisYear !== null && thisYear <= day ? thisYear : isoDay(y - 1, expr.month, expr.day);
      } else if (expr.direction === 'next') {
        const thisYear = isoDay(y, expr.month, expr.day);
        iso = thisYear !== null && thisYear > day ? thisYear : isoDay(y + 1, expr.month, expr.day);
      } else iso = nearestDayMonth(expr.day, expr.month, day);
      return dayWithWeekday(iso, expr.weekday);
    }
    case 'month-part': {
      const [year, month] = shiftMonth(
        y,
        m,
        expr.month === 'current' ? 0 : expr.month === 'last' ? -1 : 1,
      );
      const [from, to] = PART_DAYS[expr.part];
      return {
        start: isoDay(year, month, from) as string,
        end: isoDay(year, month, to ?? daysInMonth(year, month)) as string,
      };
    }
    case 'ago': {
      let back: string;
      if (expr.unit === 'month') {
        const [year, month] = shiftMonth(y, m, -expr.amount);
        const d = Math.min(Number(day.slice(8)), daysInMonth(year, month));
        back = isoDay(year, month, d) as string;
      } else back = addDays(day, -expr.amount * (expr.unit === 'week' ? 7 : 1));
      const slack = AGO_SLACK[expr.unit];
      return { start: addDays(back, -slack), end: addDays(back, slack) };
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

const WHICH_MONTH = {
  current: { ar: 'الشهر الجاري', en: 'this month' },
  last: { ar: 'الشهر الماضي', en: 'last month' },
  next: { ar: 'الشهر المقبل', en: 'next month' },
} as const;
const PART_WORDS = {
  early: { ar: 'مطلع', en: 'early', days: { ar: 'الأيام 1–10', en: 'days 1–10' } },
  mid: { ar: 'منتصف', en: 'mid', days: { ar: 'الأيام 11–20', en: 'days 11–20' } },
  late: { ar: 'أواخر', en: 'late', days: { ar: 'من اليوم 21 إلى آخره', en: 'day 21 to the end' } },
} as const;
const AGO_WORDS: Record<AgoUnit, { ar: [string, string, string, string]; en: string }> = {
  day: { ar: ['يوم', 'يومين', 'أيام', 'يوماً'], en: 'day' },
  week: { ar: ['أسبوع', 'أسبوعين', 'أسابيع', 'أسبوعاً'], en: 'week' },
  month: { ar: ['شهر', 'شهرين', 'أشهر', 'شهراً'], en: 'month' },
};

/** "يوم", "يومين", "3 أيام", "11 يوماً": the counted noun in the form Arabic gives it. */
function arabicCount(n: number, unit: AgoUnit): string {
  const [one, two, few, many] = AGO_WORDS[unit].ar;
  if (n === 1) return one;
  if (n === 2) return two;
  return `${n} ${n <= 10 ? few : many}`;
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
      return expr.weekday === null
        ? { ar: 'أمس: اليوم السابق للنشر', en: 'yesterday: the day before publication' }
        : {
            ar: `أمس ${ARABIC_WEEKDAYS[expr.weekday]}: اليوم السابق للنشر، وهو ${ARABIC_WEEKDAYS[expr.weekday]}`,
            en: `yesterday, ${ENGLISH_WEEKDAYS[expr.weekday]}: the day before publication, a ${ENGLISH_WEEKDAYS[expr.weekday]}`,
          };
    case 'day-before-yesterday':
      return {
        ar: 'أول من أمس: قبل النشر بيومين',
        en: 'the day before yesterday: two days before publication',
      };
    case 'weekday':
      return expr.direction === 'past'
        ? {
            ar: `يوم ${ARABIC_WEEKDAYS[expr.weekday]}: آخر يوم ${ARABIC_WEEKDAY_NOUNS[expr.weekday]} في يوم النشر أو قبله`,
            en: `on ${ENGLISH_WEEKDAYS[expr.weekday]}: the last ${ENGLISH_WEEKDAYS[expr.weekday]} on or before publication`,
          }
        : expr.direction === 'last'
          ? {
              ar: `${ARABIC_WEEKDAYS[expr.weekday]} الماضي: آخر يوم ${ARABIC_WEEKDAY_NOUNS[expr.weekday]} قبل يوم النشر`,
              en: `last ${ENGLISH_WEEKDAYS[expr.weekday]}: the last ${ENGLISH_WEEKDAYS[expr.weekday]} before the day of publication`,
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
    case 'day-month': {
      const ar = `${expr.day} ${ARABIC_MONTHS[expr.month - 1]}`;
      const en = `${expr.day} ${ENGLISH_MONTHS[expr.month - 1]}`;
      return expr.direction === 'last'
        ? {
            ar: `${ar} الماضي: آخر ${ar} في يوم النشر أو قبله`,
            en: `${en} last: the latest ${en} on or before publication`,
          }
        : expr.direction === 'next'
          ? {
              ar: `${ar} المقبل: أول ${ar} بعد النشر`,
              en: `${en} next: the first ${en} after publication`,
            }
          : {
              ar: `${ar} بلا سنة: أقرب ${ar} إلى يوم النشر`,
              en: `${en} without a year: the ${en} nearest to publication`,
            };
    }
    case 'month-part': {
      const p = PART_WORDS[expr.part];
      const w = WHICH_MONTH[expr.month];
      return {
        ar: `${p.ar} ${w.ar}: ${p.days.ar} من ${w.ar} بالنسبة إلى شهر النشر`,
        en: `${p.en} ${w.en}: ${p.days.en} of ${w.en} as of publication`,
      };
    }
    case 'ago': {
      const slack = AGO_SLACK[expr.unit];
      const ar = `قبل النشر بـ${arabicCount(expr.amount, expr.unit)}`;
      const en = `${expr.amount} ${AGO_WORDS[expr.unit].en}${expr.amount === 1 ? '' : 's'} before publication`;
      return slack === 0
        ? { ar, en }
        : {
            ar: `${ar} تقريباً (± ${slack} أيام)`,
            en: `about ${en} (± ${slack} days)`,
          };
    }
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
