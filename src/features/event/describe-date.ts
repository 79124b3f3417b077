import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { readyDocument } from '../../domain/corpus/document-texts';
import { isolate } from '../../domain/text/isolate';
import type { CorpusEvent, DateValue } from '../../domain/corpus/schema';
import { formatDateValue, formatDay } from '../../i18n/format-date';
import type { Language } from '../../i18n/i18n';
import { INTL_LOCALE } from '../../i18n/intl-locale';
import type { Translate } from '../../i18n/i18n';

/** FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: keeps a quote's direction its own. */

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
  const text = readyDocument(index.texts, span.document)?.text;
  if (text === undefined || span.end > text.length || span.start >= span.end) return null;
  return text.slice(span.start, span.end);
}

/** The titles of the documents the evidence comes from, quoted and listed. */
function reportingDocuments(event: CorpusEvent, index: CorpusIndex, lang: Language, t: Translate) {
  const ids = [...new Set(event.evidence.map((s) => s.document))];
  const titles = ids.map((id) => index.documentsById.get(id)?.title[lang] ?? id);
  return listFormat(lang).format(titles.map((title) => t('date.sourceTitle', { title })));
}

/** A curator's note as a clause: without the full stop the template may follow it with "; …". */
function clause(note: string): string {
  return note.trim().replace(/[.。؛;،,:]+$/u, '');
}

/** "on or after “Akar visits Tripoli” (Friday, 3 July 2020)", for each event bound. */
function eventBounds(date: DateValue, index: CorpusIndex, lang: Language, t: Translate): string[] {
  const bound = (id: string | undefined, key: string): string[] => {
    const other = id === undefined ? undefined : index.eventsById.get(id);
    if (!other) return [];
    return [t(key, { event: other.title[lang], date: formatDateValue(other.date, lang) })];
  };
  return [
    ...bound(date.notBeforeEvent, 'date.notBeforeEvent'),
    ...bound(date.notAfterEvent, 'date.notAfterEvent'),
  ];
}

/** The sentence before the plan's status: how the date itself is known. */
function describeKnown(
  event: CorpusEvent,
  index: CorpusIndex,
  lang: Language,
  t: Translate,
): string {
  const { date } = event;
  const plain = dateWords(date, lang, t);
  const when = event.plan ? t('date.plannedFor', { date: plain }) : plain;
  const note = date.note?.[lang];
  const bounds = eventBounds(date, index, lang, t);
  const bounded =
    bounds.length > 0
      ? `${when}${t('date.boundSeparator')}${listFormat(lang).format(bounds)}`
      : when;
  switch (date.basis) {
    case 'stated':
    case 'relative': {
      const words = expressionWords(date, index);
      if (words !== null) {
        const quote = isolate(words);
        return note
          ? t('date.saysWithNote', { when: bounded, quote, note: clause(note) })
          : t('date.says', { when: bounded, quote });
      }
      const key = date.basis === 'stated' ? 'date.stated' : 'date.relative';
      return note
        ? t(`${key}WithNote`, { when: bounded, note: clause(note) })
        : t(key, { when: bounded });
    }
    case 'reported': {
      const sources = reportingDocuments(event, index, lang, t);
      // An open start already says "on or before": a note saying the same adds nothing.
      return note && !date.openStart
        ? t('date.reportedWithNote', { when: bounded, note: clause(note), sources })
        : t('date.reported', { when: bounded, sources });
    }
    case 'external':
      return note
        ? t('date.externalWithNote', { when: bounded, note: clause(note) })
        : t('date.external', { when: bounded });
  }
}

/**
 * An event's date in words, in the interface language, with its precision and where it comes
 * from (its basis). The document's own words, when the date has them, are wrapped in Unicode
 * isolates (U+2068 … U+2069) so that Arabic inside English reads right; views may render that
 * part with lang="ar". Each language has its own sentence templates (event.json `date.*`);
 * curators' notes are used as clauses, their closing full stop dropped.
 *
 * - stated / relative: "Friday, 3 July 2020 — the article says «يوم الجمعة» (on Friday: …)"
 * - reported: "on or before 4 July 2020 (the text gives no date; reported by “…”)"
 * - bounded by events: "3–4 July 2020, on or after “Akar visits Tripoli” (Friday, 3 July 2020) (…)"
 * - external: "… — known from outside the text: <note>."
 * - planned: "planned for Friday, 24 December 2021 — … Postponed: not held on that date. <note>"
 * - month precision: "November 2019 (month only)"; openStart: "on or before …".
 */
export function describeDate(
  event: CorpusEvent,
  index: CorpusIndex,
  lang: Language,
  t: Translate,
): string {
  const known = describeKnown(event, index, lang, t);
  const { plan } = event;
  if (!plan) return known;
  const sentences = [`${clause(known)}${t('date.fullStop')}`, t(`date.plan.${plan.status}`)];
  const decision = plan.decidedBy === undefined ? undefined : index.eventsById.get(plan.decidedBy);
  if (decision)
    sentences.push(
      t('date.plan.decidedBy', {
        event: decision.title[lang],
        date: formatDateValue(decision.date, lang),
      }),
    );
  if (plan.note) sentences.push(`${clause(plan.note[lang])}${t('date.fullStop')}`);
  return sentences.join(' ');
}
