import type { BinUnit } from '../../domain/timeline/bin-unit';
import type { Language } from '../../i18n/i18n';
import { INTL_LOCALE } from '../../i18n/intl-locale';
import { DAY_MS } from '../../domain/dates/day-ms';

const OPTIONS: Record<BinUnit, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  week: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  quarter: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
  year5: { year: 'numeric' },
  year10: { year: 'numeric' },
  year50: { year: 'numeric' },
};

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Language, unit: BinUnit): Intl.DateTimeFormat {
  const key = `${lang}:${unit}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { timeZone: 'UTC', ...OPTIONS[unit] });
    cache.set(key, f);
  }
  return f;
}

/**
 * A bin's period in words: "3 July 2020", "29 June – 5 July 2020", "July 2020",
 * "July – September 2020", "2020", "2000 – 2009". `end` is the next period's first moment.
 */
export function formatBinPeriod(unit: BinUnit, start: number, end: number, lang: Language): string {
  const f = formatter(lang, unit);
  if (unit === 'day' || unit === 'month' || unit === 'year') return f.format(start);
  return f.formatRange(start, end - DAY_MS);
}
