/**
 * Dates in words, in the interface language, with the precision the date has:
 * "Friday, 3 July 2020", "November 2019", "3–4 July 2020", "2020".
 * The basis ("the article says …", "on or before publication") is added by the views.
 */
import type { DateValue } from '../domain/corpus/schema';
import type { Language } from './i18n';
import { INTL_LOCALE } from './intl-locale';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { timeZone: 'UTC', ...options });
    cache.set(key, f);
  }
  return f;
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

export function formatDay(iso: string, lang: Language, withWeekday = false): string {
  return formatter(lang, withWeekday ? { weekday: 'long', ...DAY } : DAY).format(utc(iso));
}

/** The date part of a DateValue in words (no basis). */
export function formatDateValue(
  date: Pick<DateValue, 'start' | 'end' | 'precision'>,
  lang: Language,
): string {
  switch (date.precision) {
    case 'day':
      return formatDay(date.start, lang, true);
    case 'month':
      return formatter(lang, { month: 'long', year: 'numeric' }).format(utc(date.start));
    case 'year':
      return date.start.slice(0, 4);
    case 'range':
      return date.start === date.end
        ? formatDay(date.start, lang)
        : formatter(lang, DAY).formatRange(utc(date.start), utc(date.end));
  }
}

/** A short form for lists: "3 Jul 2020", "Nov 2019". */
export function formatDateShort(
  date: Pick<DateValue, 'start' | 'end' | 'precision'>,
  lang: Language,
): string {
  if (date.precision === 'month')
    return formatter(lang, { month: 'short', year: 'numeric' }).format(utc(date.start));
  if (date.precision === 'year') return date.start.slice(0, 4);
  const f = formatter(lang, { day: 'numeric', month: 'short', year: 'numeric' });
  return date.start === date.end
    ? f.format(utc(date.start))
    : f.formatRange(utc(date.start), utc(date.end));
}
