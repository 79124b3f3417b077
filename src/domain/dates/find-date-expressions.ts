/**
 * Finding date expressions in Arabic news text. What is recognised:
 * - today / yesterday / the day before: اليوم (optionally with its weekday: اليوم الأحد),
 *   أمس (أمس الجمعة), أول من أمس; not «روسيا اليوم» and other outlets named "… today"
 * - a weekday: يوم الجمعة, الخميس; with الماضي/الماضية a week back when it is the publication
 *   weekday; with المقبل/المقبلة/القادم/القادمة forward
 * - a month of a year: نوفمبر 2019, نوفمبر/تشرين الثاني 2019, ديسمبر2021 (no space)
 * - a day of a month of a year: 24 ديسمبر 2021, الـ24 من ديسمبر 2021, 27/11/2019, ٢٧/١١/٢٠١٩,
 *   with an optional weekday before it (الأربعاء 11 نوفمبر 2020) that must agree
 * - a day of a month without a year: 17 يونيو, الـ17 من يونيو الماضي, الأربعاء 11 نوفمبر
 *   الماضي: the explicit day wins over the month alone
 * - last / next month by name: نوفمبر/تشرين الثاني الماضي, يناير المقبل
 * - part of a month: منتصف الشهر الجاري, مطلع الشهر الماضي, أواخر الشهر المقبل
 * - a distance back: قبل ثلاثة أسابيع, قبل يومين, قبل شهر
 * - a year: عام 2019, سنة 2019, في 2019
 * Names are matched in normalised form (hamza, ta marbuta, Eastern Arabic digits folded);
 * masculine and feminine "last"/"next" (الماضي/الماضية, المقبل/المقبلة) are both read.
 */
import { tokenize, type Token } from '../text/arabic';
import { MONTH_BY_NAME, WEEKDAY_BY_NAME } from './month-names';

type Direction = 'last' | 'next';
export type MonthPart = 'early' | 'mid' | 'late';
export type AgoUnit = 'day' | 'week' | 'month';

export type DateExpression =
  | { kind: 'today'; weekday: number | null }
  | { kind: 'yesterday'; weekday: number | null }
  | { kind: 'day-before-yesterday' }
  | { kind: 'weekday'; weekday: number; direction: 'past' | Direction }
  | { kind: 'month-year'; month: number; year: number }
  | { kind: 'day-month-year'; day: number; month: number; year: number; weekday?: number }
  | {
      kind: 'day-month';
      day: number;
      month: number;
      direction: Direction | null;
      weekday?: number;
    }
  | { kind: 'named-month'; month: number; direction: Direction }
  | { kind: 'month-part'; part: MonthPart; month: 'current' | Direction }
  | { kind: 'ago'; amount: number; unit: AgoUnit }
  | { kind: 'year'; year: number };

export interface FoundDateExpression {
  start: number;
  end: number;
  expression: DateExpression;
}

const SEPARATOR = /^[\s/\\\-–—]*$/;
const NUMERIC_SEPARATOR = /^\s*[/\-.]\s*$/;
const LAST = new Set(['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'الفائت', 'الفائته']);
const NEXT = new Set(['المقبل', 'المقبله', 'القادم', 'القادمه']);
const CURRENT = new Set(['الجاري', 'الحالي']);
/** Words before اليوم that make it part of a name («روسيا اليوم», «المصري اليوم»). */
const NOT_TODAY_AFTER = new Set(['روسيا', 'المصري', 'اخبار', 'العرب']);
const MONTH_PARTS: ReadonlyMap<string, MonthPart> = new Map([
  ['مطلع', 'early'],
  ['اوائل', 'early'],
  ['بدايه', 'early'],
  ['اول', 'early'],
  ['منتصف', 'mid'],
  ['اواسط', 'mid'],
  ['اواخر', 'late'],
  ['نهايه', 'late'],
  ['اخر', 'late'],
]);
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['ثلاثه', 3],
  ['ثلاث', 3],
  ['اربعه', 4],
  ['اربع', 4],
  ['خمسه', 5],
  ['خمس', 5],
  ['سته', 6],
  ['ست', 6],
  ['سبعه', 7],
  ['سبع', 7],
  ['ثمانيه', 8],
  ['ثماني', 8],
  ['تسعه', 9],
  ['تسع', 9],
  ['عشره', 10],
  ['عشر', 10],
]);
/** Unit words: singular, dual and plural forms → [unit, amount implied by the form]. */
const UNIT_WORDS: ReadonlyMap<string, [AgoUnit, number | null]> = new Map([
  ['يوم', ['day', 1]],
  ['يومين', ['day', 2]],
  ['يومان', ['day', 2]],
  ['ايام', ['day', null]],
  ['اسبوع', ['week', 1]],
  ['اسبوعين', ['week', 2]],
  ['اسبوعان', ['week', 2]],
  ['اسابيع', ['week', null]],
  ['شهر', ['month', 1]],
  ['شهرين', ['month', 2]],
  ['شهران', ['month', 2]],
  ['اشهر', ['month', null]],
  ['شهور', ['month', null]],
]);

/** Strips a leading و/ف then ب/ل from a token for keyword comparison. */
function bare(norm: string): string {
  return norm.replace(/^(?:و|ف)?(?:ب|ل)?/, '');
}

interface Cursor {
  tokens: Token[];
  text: string;
}

type Match = { used: number; expression: DateExpression };

/** A month name starting at token i (one or two words): [month, tokens used]. */
function monthAt(c: Cursor, i: number): [number, number] | null {
  const t = c.tokens[i];
  if (!t) return null;
  const next = c.tokens[i + 1];
  if (next && SEPARATOR.test(c.text.slice(t.end, next.start))) {
    const two = MONTH_BY_NAME.get(`${t.norm} ${next.norm}`);
    if (two) return [two, 2];
  }
  const one = MONTH_BY_NAME.get(t.norm) ?? MONTH_BY_NAME.get(bare(t.norm));
  return one ? [one, 1] : null;
}

/** A month name optionally followed by "/" and its other name: [month, tokens used]. */
function monthPairAt(c: Cursor, i: number): [number, number] | null {
  const first = monthAt(c, i);
  if (!first) return null;
  const after = c.tokens[i + first[1]];
  const prev = c.tokens[i + first[1] - 1] as Token;
  if (after && /^\s*\/\s*$/.test(c.text.slice(prev.end, after.start))) {
    const second = monthAt(c, i + first[1]);
    if (second && second[0] === first[0]) return [first[0], first[1] + second[1]];
  }
  return first;
}

function yearOf(digits: string): number | null {
  if (!/^\d{4}$/.test(digits)) return null;
  const year = Number(digits);
  return year >= 1900 && year <= 2100 ? year : null;
}

function yearAt(c: Cursor, i: number): number | null {
  const t = c.tokens[i];
  return t ? yearOf(t.norm) : null;
}

function adjacent(c: Cursor, a: number, b: number): boolean {
  const ta = c.tokens[a];
  const tb = c.tokens[b];
  return !!ta && !!tb && SEPARATOR.test(c.text.slice(ta.end, tb.start));
}

function directionAt(c: Cursor, i: number): Direction | null {
  const t = c.tokens[i];
  if (!t || !adjacent(c, i - 1, i)) return null;
  if (LAST.has(t.norm)) return 'last';
  if (NEXT.has(t.norm)) return 'next';
  return null;
}

/** A month name with the year run into it: «ديسمبر2021». */
function monthYearRunTogether(c: Cursor, i: number): Match | null {
  const t = c.tokens[i] as Token;
  const m = /^(\D+)(\d{4})$/.exec(t.norm);
  if (m) {
    const month = MONTH_BY_NAME.get(m[1] as string) ?? MONTH_BY_NAME.get(bare(m[1] as string));
    const year = yearOf(m[2] as string);
    return month && year ? { used: 1, expression: { kind: 'month-year', month, year } } : null;
  }
  // A two-word month with the year run into its second word: «كانون الأول2021».
  const second = /^(\D+)(\d{4})$/.exec(c.tokens[i + 1]?.norm ?? '');
  if (!second || !adjacent(c, i, i + 1)) return null;
  const month = MONTH_BY_NAME.get(`${t.norm} ${second[1] as string}`);
  const year = yearOf(second[2] as string);
  return month && year ? { used: 2, expression: { kind: 'month-year', month, year } } : null;
}

/** 27/11/2019, 27-11-2019, 27.11.2019 (day first, as Arabic news writes it). */
function numericDate(c: Cursor, i: number): Match | null {
  const [a, b, y] = [c.tokens[i], c.tokens[i + 1], c.tokens[i + 2]];
  if (!a || !b || !y) return null;
  if (!/^\d{1,2}$/.test(a.norm) || !/^\d{1,2}$/.test(b.norm)) return null;
  const sep1 = c.text.slice(a.end, b.start);
  const sep2 = c.text.slice(b.end, y.start);
  if (!NUMERIC_SEPARATOR.test(sep1) || sep1.trim() !== sep2.trim()) return null;
  const year = yearOf(y.norm);
  const day = Number(a.norm);
  const month = Number(b.norm);
  if (!year || day < 1 || day > 31 || month < 1 || month > 12) return null;
  return { used: 3, expression: { kind: 'day-month-year', day, month, year } };
}

/** A day number then a month: "24 ديسمبر 2021", "الـ17 من يونيو الماضي", "11 نوفمبر". */
function dayMonth(c: Cursor, i: number): Match | null {
  const day = /^(?:ال)?(\d{1,2})$/.exec((c.tokens[i] as Token).norm);
  if (!day) return null;
  const d = Number(day[1]);
  if (d < 1 || d > 31) return null;
  let j = i + 1;
  if (c.tokens[j]?.norm === 'من' && adjacent(c, i, j)) j++;
  const month = adjacent(c, j - 1, j) ? monthPairAt(c, j) : null;
  if (!month) return null;
  const k = j + month[1];
  const year = adjacent(c, k - 1, k) ? yearAt(c, k) : null;
  if (year)
    return {
      used: k + 1 - i,
      expression: { kind: 'day-month-year', day: d, month: month[0], year },
    };
  const direction = directionAt(c, k);
  return {
    used: k - i + (direction ? 1 : 0),
    expression: { kind: 'day-month', day: d, month: month[0], direction },
  };
}

/** منتصف الشهر الجاري, مطلع الشهر الماضي, أواخر الشهر المقبل. */
function monthPart(c: Cursor, i: number): Match | null {
  const norm = (c.tokens[i] as Token).norm;
  const part = MONTH_PARTS.get(norm) ?? MONTH_PARTS.get(bare(norm));
  if (!part || c.tokens[i + 1]?.norm !== 'الشهر' || !adjacent(c, i, i + 1)) return null;
  const which = c.tokens[i + 2];
  if (!which || !adjacent(c, i + 1, i + 2)) return null;
  const month = CURRENT.has(which.norm)
    ? 'current'
    : LAST.has(which.norm)
      ? 'last'
      : NEXT.has(which.norm)
        ? 'next'
        : null;
  return month ? { used: 3, expression: { kind: 'month-part', part, month } } : null;
}

/** قبل ثلاثة أسابيع, قبل يومين, قبل 3 أيام, قبل شهر. */
function ago(c: Cursor, i: number): Match | null {
  if (bare((c.tokens[i] as Token).norm) !== 'قبل' || !adjacent(c, i, i + 1)) return null;
  const next = c.tokens[i + 1] as Token;
  const unitHere = UNIT_WORDS.get(next.norm);
  if (unitHere && unitHere[1] !== null)
    return { used: 2, expression: { kind: 'ago', amount: unitHere[1], unit: unitHere[0] } };
  const amount = /^\d{1,2}$/.test(next.norm) ? Number(next.norm) : COUNT_WORDS.get(next.norm);
  const unit = adjacent(c, i + 1, i + 2) ? UNIT_WORDS.get(c.tokens[i + 2]?.norm ?? '') : undefined;
  if (amount === undefined || !unit || amount < 1) return null;
  return { used: 3, expression: { kind: 'ago', amount, unit: unit[0] } };
}

function weekdayAt(c: Cursor, i: number): number | undefined {
  const norm = c.tokens[i]?.norm ?? '';
  return WEEKDAY_BY_NAME.get(norm) ?? WEEKDAY_BY_NAME.get(bare(norm));
}

function matchAt(c: Cursor, i: number): Match | null {
  const t = c.tokens[i] as Token;
  const word = bare(t.norm);
  const dated = numericDate(c, i) ?? dayMonth(c, i) ?? monthYearRunTogether(c, i);
  if (dated) return dated;
  const month = monthPairAt(c, i);
  if (month) {
    const k = i + month[1];
    const year = adjacent(c, k - 1, k) ? yearAt(c, k) : null;
    if (year)
      return { used: month[1] + 1, expression: { kind: 'month-year', month: month[0], year } };
    const direction = directionAt(c, k);
    if (direction)
      return {
        used: month[1] + 1,
        expression: { kind: 'named-month', month: month[0], direction },
      };
  }
  if (
    (word === 'عام' || word === 'سنه' || t.norm === 'في' || t.norm === 'وفي') &&
    adjacent(c, i, i + 1)
  ) {
    const year = yearAt(c, i + 1);
    if (year) return { used: 2, expression: { kind: 'year', year } };
  }
  const part = monthPart(c, i) ?? ago(c, i);
  if (part) return part;
  if (word === 'اليوم' || t.norm === 'اليوم') {
    const before = c.tokens[i - 1];
    if (before && adjacent(c, i - 1, i) && NOT_TODAY_AFTER.has(bare(before.norm))) return null;
    const wd = adjacent(c, i, i + 1) ? weekdayAt(c, i + 1) : undefined;
    return wd === undefined
      ? { used: 1, expression: { kind: 'today', weekday: null } }
      : { used: 2, expression: { kind: 'today', weekday: wd } };
  }
  // أول من أمس: the day before yesterday (before plain أمس is tried on its last word).
  if (
    (word === 'اول' || t.norm === 'اول') &&
    c.tokens[i + 1]?.norm === 'من' &&
    bare(c.tokens[i + 2]?.norm ?? '') === 'امس' &&
    adjacent(c, i, i + 1) &&
    adjacent(c, i + 1, i + 2)
  )
    return { used: 3, expression: { kind: 'day-before-yesterday' } };
  if (word === 'امس' || t.norm === 'امس') {
    const wd = adjacent(c, i, i + 1) ? weekdayAt(c, i + 1) : undefined;
    return wd === undefined
      ? { used: 1, expression: { kind: 'yesterday', weekday: null } }
      : { used: 2, expression: { kind: 'yesterday', weekday: wd } };
  }
  let j = i;
  if (word === 'يوم' && adjacent(c, i, i + 1)) j = i + 1;
  const wd = weekdayAt(c, j);
  if (wd !== undefined) {
    // A weekday before a date: «الأربعاء 11 نوفمبر الماضي» is that date (and must agree).
    const date = adjacent(c, j, j + 1) ? (numericDate(c, j + 1) ?? dayMonth(c, j + 1)) : null;
    if (date && (date.expression.kind === 'day-month' || date.expression.kind === 'day-month-year'))
      return {
        used: j - i + 1 + date.used,
        expression: { ...date.expression, weekday: wd },
      };
    const direction = directionAt(c, j + 1);
    return {
      used: j - i + 1 + (direction ? 1 : 0),
      expression: { kind: 'weekday', weekday: wd, direction: direction ?? 'past' },
    };
  }
  return null;
}

export function findDateExpressions(text: string): FoundDateExpression[] {
  const c: Cursor = { tokens: tokenize(text), text };
  const found: FoundDateExpression[] = [];
  for (let i = 0; i < c.tokens.length; i++) {
    const m = matchAt(c, i);
    if (!m) continue;
    const first = c.tokens[i] as Token;
    const last = c.tokens[i + m.used - 1] as Token;
    // "الـ24": the expression starts at the digits, the article belongs to it too.
    found.push({ start: first.start, end: last.end, expression: m.expression });
    i += m.used - 1;
  }
  return found;
}
