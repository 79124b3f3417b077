/**
 * Turning a curated date (a rule plus a quote) into a DateValue.
 */
import type { CurationDate } from './curation-schema';
import { findDateExpressions } from './find-date-expressions';
import { locateQuote } from './locate-quote';
import { isRelative, precisionOf, resolveDateExpression } from './resolve-date-expression';
import type { CorpusDocument, DateValue } from './schema';

export function resolveEventDate(
  date: CurationDate,
  documents: ReadonlyMap<string, CorpusDocument>,
): { value: DateValue } | { path: string; error: string } {
  if (date.basis === 'external') {
    if (date.end < date.start)
      return { path: 'end', error: 'the end date is before the start date' };
    return {
      value: {
        start: date.start,
        end: date.end,
        precision: date.precision,
        basis: 'external',
        note: date.note,
      },
    };
  }
  const doc = documents.get(date.document);
  if (!doc) return { path: 'document', error: `unknown document "${date.document}"` };
  if (date.basis === 'reported') {
    const start = date.notBefore ?? doc.published.start;
    const end = doc.published.end;
    if (end < start)
      return {
        path: 'notBefore',
        error: `notBefore ${start} is after the publication date ${end}`,
      };
    return {
      value: {
        start,
        end,
        precision: 'range',
        basis: 'reported',
        ...(date.notBefore ? {} : { openStart: true }),
        note: date.note ?? {
          ar: 'لا يذكر النص تاريخاً: وقع في يوم النشر أو قبله',
          en: 'the text gives no date: on or before publication',
        },
      },
    };
  }
  const located = locateQuote(doc.text, date.quote);
  if ('error' in located) return { path: 'quote', error: located.error };
  const found = findDateExpressions(doc.text.slice(located.start, located.end));
  const first = found[0];
  if (!first) return { path: 'quote', error: `no date expression recognised in «${date.quote}»` };
  if (isRelative(first.expression) !== (date.basis === 'relative')) {
    return {
      path: 'basis',
      error: `«${date.quote}» is a ${isRelative(first.expression) ? 'relative' : 'stated'} date, not ${date.basis}`,
    };
  }
  const resolved = resolveDateExpression(first.expression, doc.published);
  if ('error' in resolved) return { path: 'quote', error: resolved.error };
  const { start, end } = resolved.value;
  return {
    value: {
      ...resolved.value,
      precision: precisionOf(start, end),
      expression: {
        document: doc.id,
        start: located.start + first.start,
        end: located.start + first.end,
      },
    },
  };
}
