import './timeline-strings';
import type { DateValue } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';
import { isoDayToDate } from './iso-day-to-date';
import type { Translate } from '../../i18n/i18n';

/**
 * Western digits in both languages (`-u-nu-latn`), as on the timeline's axis and in the
 * rest of the app; Libyan month names (يناير … ديسمبر) in Arabic.
 */
const LOCALES: Record<Language, string> = { ar: 'ar-LY-u-nu-latn', en: 'en-GB' };

type Style = 'day' | 'month' | 'year';
const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

// Formatters are costly to create and this runs once per event: keep one per language and style.
const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Language, style: Style): Intl.DateTimeFormat {
  const key = `${lang}:${style}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], OPTIONS[style]);
    cache.set(key, f);
  }
  return f;
}

/** A date in words: "3 July 2020", "November 2019", "1–15 July 2020", "On or before 3 July 2020". */
export function formatEventDate(date: DateValue, lang: Language, t: Translate): string {
  const start = isoDayToDate(date.start);
  const end = isoDayToDate(date.end);
  const span = (style: Style): string =>
    date.start === date.end
      ? formatter(lang, style).format(start)
      : formatter(lang, style).formatRange(start, end);
  if (date.basis === 'reported') {
    return date.start === date.end
      ? t('date.onOrBefore', { date: span('day') })
      : t('date.sometimeIn', { range: span('day') });
  }
  switch (date.precision) {
    case 'year':
      return span('year');
    case 'month':
      return span('month');
    default:
      return span('day');
  }
}
