/**
 * Finding date expressions in Arabic news text. What is recognised:
 * - today / yesterday: اليوم (optionally with its weekday: اليوم الأحد), أمس
 * - a weekday: يوم الجمعة, الخميس; with المقبل/القادم it points forward
 * - a month of a year: نوفمبر 2019, نوفمبر/تشرين الثاني 2019
 * - a day of a month of a year: 24 ديسمبر 2021, الـ24 من ديسمبر 2021
 * - last / next month by name: نوفمبر/تشرين الثاني الماضي, يناير المقبل
 * - a year: عام 2019, سنة 2019
 * Names are matched in normalised form, so hamza and ta marbuta variants do not matter.
 */
import { tokenize, type Token } from './arabic';
import { MONTH_BY_NAME, WEEKDAY_BY_NAME } from './month-names';

export type DateExpression =
  | { kind: 'today'; weekday: number | null }
  | { kind: 'yesterday' }
  | { kind: 'weekday'; weekday: number; direction: 'past' | 'next' }
  | { kind: 'month-year'; month: number; year: number }
  | { kind: 'day-month-year'; day: number; month: number; year: number }
  | { kind: 'named-month'; month: number; direction: 'last' | 'next' }
  | { kind: 'year'; year: number };

export interface FoundDateExpression {
  start: number;
  end: number;
  expression: DateExpression;
}

const SEPARATOR = /^[\s/\\\-–—]*$/;
const LAST = new Set(['الماضي', 'المنصرم', 'الفائت']);
const NEXT = new Set(['المقبل', 'القادم']);

/** Strips a leading و/ف/ب/ل/في-less clitic from a token for keyword comparison. */
function bare(norm: string): string {
  return norm.replace(/^(?:و|ف)?(?:ب|ل)?/, '');
}

interface Cursor {
  tokens: Token[];
  text: string;
}

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

function yearAt(c: Cursor, i: number): number | null {
  const t = c.tokens[i];
  if (!t || !/^\d{4}$/.test(t.norm)) return null;
  const year = Number(t.norm);
  return year >= 1900 && year <= 2100 ? year : null;
}

function adjacent(c: Cursor, a: number, b: number): boolean {
  const ta = c.tokens[a];
  const tb = c.tokens[b];
  return !!ta && !!tb && SEPARATOR.test(c.text.slice(ta.end, tb.start));
}

function matchAt(c: Cursor, i: number): { used: number; expression: DateExpression } | null {
  const t = c.tokens[i] as Token;
  const word = bare(t.norm);
  // Day of month: "24", "الـ24" (normalised "ال24"), optionally "من", then month and year.
  const day = /^(?:ال)?(\d{1,2})$/.exec(t.norm);
  if (day) {
    let j = i + 1;
    if (c.tokens[j]?.norm === 'من' && adjacent(c, i, j)) j++;
    const month = adjacent(c, j - 1, j) ? monthPairAt(c, j) : null;
    if (month) {
      const year = adjacent(c, j + month[1] - 1, j + month[1]) ? yearAt(c, j + month[1]) : null;
      const d = Number(day[1]);
      if (year && d >= 1 && d <= 31) {
        return {
          used: j + month[1] + 1 - i,
          expression: { kind: 'day-month-year', day: d, month: month[0], year },
        };
      }
    }
  }
  const month = monthPairAt(c, i);
  if (month) {
    const k = i + month[1];
    const year = adjacent(c, k - 1, k) ? yearAt(c, k) : null;
    if (year)
      return { used: month[1] + 1, expression: { kind: 'month-year', month: month[0], year } };
    const following = c.tokens[k];
    if (following && adjacent(c, k - 1, k)) {
      if (LAST.has(following.norm))
        return {
          used: month[1] + 1,
          expression: { kind: 'named-month', month: month[0], direction: 'last' },
        };
      if (NEXT.has(following.norm))
        return {
          used: month[1] + 1,
          expression: { kind: 'named-month', month: month[0], direction: 'next' },
        };
    }
  }
  if ((word === 'عام' || word === 'سنه') && adjacent(c, i, i + 1)) {
    const year = yearAt(c, i + 1);
    if (year) return { used: 2, expression: { kind: 'year', year } };
  }
  if (word === 'اليوم' || t.norm === 'اليوم') {
    const wd = adjacent(c, i, i + 1) ? WEEKDAY_BY_NAME.get(c.tokens[i + 1]?.norm ?? '') : undefined;
    return wd === undefined
      ? { used: 1, expression: { kind: 'today', weekday: null } }
      : { used: 2, expression: { kind: 'today', weekday: wd } };
  }
  if (word === 'امس') return { used: 1, expression: { kind: 'yesterday' } };
  let j = i;
  if (word === 'يوم' && adjacent(c, i, i + 1)) j = i + 1;
  const wd =
    WEEKDAY_BY_NAME.get(c.tokens[j]?.norm ?? '') ??
    WEEKDAY_BY_NAME.get(bare(c.tokens[j]?.norm ?? ''));
  if (wd !== undefined) {
    const after = c.tokens[j + 1];
    const next = !!after && adjacent(c, j, j + 1) && NEXT.has(after.norm);
    return {
      used: j - i + 1 + (next ? 1 : 0),
      expression: { kind: 'weekday', weekday: wd, direction: next ? 'next' : 'past' },
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
