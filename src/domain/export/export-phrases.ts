/**
 * The few sentences that exported files carry in the reader's language (the iCalendar
 * description of a date's certainty, the name of an exported selection). They live here, not
 * in the app's locale files, because exports are built by pure functions that any tool can run.
 * Dates are written as ISO YYYY-MM-DD in both languages.
 */
import type { DateValue } from '../corpus/schema';

export interface ExportPhrases {
  /** "5 events" */
  events(n: number): string;
  /** The name of a corpus restricted to some events. */
  selection(name: string, n: number, link: string): string;
  precision: Record<'month' | 'year' | 'range', (start: string, end: string) => string>;
  basis: Record<DateValue['basis'], string>;
  /** A reported date with no lower bound. */
  onOrBefore(end: string): string;
  note: string;
  sources: string;
  view: string;
  calendar(name: string, n: number): string;
}

/** Arabic counted noun: 1 حدث واحد, 2 حدثان, 3–10 أحداث, 11–99 حدثًا, 100+ حدث. */
function arabicEvents(n: number): string {
  const r = n % 100;
  if (n === 0) return 'لا أحداث';
  if (n === 1) return 'حدث واحد';
  if (n === 2) return 'حدثان';
  if (r >= 3 && r <= 10) return `${n} أحداث`;
  if (r >= 11) return `${n} حدثًا`;
  return `${n} حدث`;
}

export const EXPORT_PHRASES: Record<'ar' | 'en', ExportPhrases> = {
  en: {
    events: (n) => (n === 1 ? '1 event' : `${n} events`),
    selection: (name, n, link) =>
      `${name} — ${n === 1 ? '1 event' : `${n} events`}${link ? ` from ${link}` : ''}`,
    precision: {
      month: (s, e) => `The text gives only the month: some day from ${s} to ${e}.`,
      year: (s, e) => `The text gives only the year: some day from ${s} to ${e}.`,
      range: (s, e) => `The exact day is not known: some day from ${s} to ${e}.`,
    },
    basis: {
      stated: 'The text states the date.',
      relative: 'The date is worked out from words in the text, counted from the publication date.',
      reported: 'The text gives no date.',
      external: 'The date is known from outside the text.',
    },
    onOrBefore: (e) =>
      `It happened on or before ${e} (publication); the calendar shows the publication date.`,
    note: 'Note',
    sources: 'Sources',
    view: 'View in Athar',
    calendar: (name, n) => `${name} — ${n === 1 ? '1 event' : `${n} events`}`,
  },
  ar: {
    events: arabicEvents,
    selection: (name, n, link) => `${name} — ${arabicEvents(n)}${link ? ` من ${link}` : ''}`,
    precision: {
      month: (s, e) => `لا يذكر النص إلا الشهر: يومٌ ما بين ${s} و${e}.`,
      year: (s, e) => `لا يذكر النص إلا السنة: يومٌ ما بين ${s} و${e}.`,
      range: (s, e) => `اليوم بعينه غير معروف: يومٌ ما بين ${s} و${e}.`,
    },
    basis: {
      stated: 'التاريخ مذكور في النص.',
      relative: 'استُخرج التاريخ من عبارة في النص محسوبةً من تاريخ النشر.',
      reported: 'لا يذكر النص تاريخًا.',
      external: 'التاريخ معروف من خارج النص.',
    },
    onOrBefore: (e) => `وقع في ${e} (تاريخ النشر) أو قبله؛ ويظهر في التقويم بتاريخ النشر.`,
    note: 'ملاحظة',
    sources: 'المصادر',
    view: 'العرض في أثر',
    calendar: (name, n) => `${name} — ${arabicEvents(n)}`,
  },
};
