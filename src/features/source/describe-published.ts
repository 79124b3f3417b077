import type { DateValue } from '../../domain/corpus/schema';
import { formatDateValue } from '../../i18n/format-date';
import type { Language } from '../../i18n/i18n';
import type { Translate } from '../../i18n/i18n';

/**
 * A document's publication date in words with how it is known:
 * "3–4 July 2020 — known from outside the text: The page carries no date; …".
 */
export function describePublished(date: DateValue, lang: Language, t: Translate): string {
  const words = formatDateValue(date, lang);
  const note = date.note?.[lang];
  if (date.basis === 'external') {
    return note
      ? t('publishedDate.externalWithNote', { date: words, note })
      : t('publishedDate.external', { date: words });
  }
  if (note) return t('publishedDate.withNote', { date: words, note });
  return date.basis === 'stated' ? t('publishedDate.stated', { date: words }) : words;
}
