import type { CorpusIndex } from '../../domain/corpus-index';
import type { CorpusEvent, DateValue } from '../../domain/schema';
import { formatDateValue, formatDay } from '../../i18n/format-date';
import type { Language } from '../../i18n/i18n';
import { INTL_LOCALE } from '../../i18n/intl-locale';
import type { Translate } from './Translate';

/** FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: keeps a quote's direction its own. */
const isolate = (s: string) => `\u2068${s}\u2069`;

const lists = new Map<Language, Intl.ListFormat>();
function listFormat(lang: Language): Intl.ListFormat {
  let f = lists.get(lang);
  if (!f) {
    f = new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction', style: 'long' });
    lists.set(lang, f);
  }
  return f;
}

/** The date itself, with its precision: "Friday, 3 July 2020", "November 2019 (month only)". */
function dateWords(date: DateValue, lang: Language, t: Translate): string {
  if (date.openStart) return t('date.onOrBefore', { date: formatDay(date.end, lang) });
  const words = formatDateValue(date, lang);
  if (date.precision === 'month') return t('date.monthOnly', { date: words });
  if (date.precision === 'year') return t('date.yearOnly', { date: words });
  return words;
}

/** The words of the document that give the date ("يوم الجمعة"), if the date has them. */
function expressionWords(date: DateValue, index: CorpusIndex): string | null {
  const span = date.expression;
  if (!span) return null;
  const text = index.documentsById.get(span.document)?.text;
  if (text === undefined || span.end > text.length || span.start >= span.end) return null;
  return text.slice(span.start, span.end);
}

/** The titles of the documents the evidence comes from, quoted and listed. */
function reportingDocuments(event: CorpusEvent, index: CorpusIndex, lang: Language, t: Translate) {
  const ids = [...new Set(event.evidence.map((s) => s.document))];
  const titles = ids.map((id) => index.documentsById.get(id)?.title[lang] ?? id);
  return listFormat(lang).format(titles.map((title) => t('date.sourceTitle', { title })));
}

/**
 * An event's date in words, in the interface language, with its precision and where it comes
 * from (its basis). The document's own words, when the date has them, are wrapped in Unicode
 * isolates (U+2068 … U+2069) so that Arabic inside English reads right; views may render that
 * part with lang="ar".
 *
 * - stated / relative: "Friday, 3 July 2020 — the article says «يوم الجمعة» (on Friday: …)"
 * - reported: "on or before 4 July 2020 (the text gives no date; reported by “…”)"
 * - external: "… — known from outside the text: <note>"
 * - month precision: "November 2019 (month only)"; openStart: "on or before …".
 */
export function describeDate(
  event: CorpusEvent,
  index: CorpusIndex,
  lang: Language,
  t: Translate,
): string {
  const { date } = event;
  const when = dateWords(date, lang, t);
  const note = date.note?.[lang];
  switch (date.basis) {
    case 'stated':
    case 'relative': {
      const words = expressionWords(date, index);
      if (words !== null) {
        const quote = isolate(words);
        return note
          ? t('date.saysWithNote', { when, quote, note })
          : t('date.says', { when, quote });
      }
      const key = date.basis === 'stated' ? 'date.stated' : 'date.relative';
      return note ? t(`${key}WithNote`, { when, note }) : t(key, { when });
    }
    case 'reported': {
      const sources = reportingDocuments(event, index, lang, t);
      // An open start already says "on or before": a note saying the same adds nothing.
      return note && !date.openStart
        ? t('date.reportedWithNote', { when, note, sources })
        : t('date.reported', { when, sources });
    }
    case 'external':
      return note ? t('date.externalWithNote', { when, note }) : t('date.external', { when });
  }
}
