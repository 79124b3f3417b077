/**
 * Turning a curated date (a rule plus a quote) into a DateValue.
 */
import type { CurationDate } from '../curation/curation-schema';
import { findDateExpressions } from '../dates/find-date-expressions';
import { locateQuote } from './text/locate-quote';
import { isRelative, precisionOf, resolveDateExpression } from '../dates/resolve-date-expression';
import type { CorpusDocument, DateValue } from '../corpus/schema';

/** The events a curated date is bounded by (resolved before it). */
export function dateDependencies(date: CurationDate): string[] {
  if (date.basis !== 'reported' && date.basis !== 'external') return [];
  return [date.notBeforeEvent, date.notAfterEvent].filter((x): x is string => x !== undefined);
}

export function resolveEventDate(
  date: CurationDate,
  documents: ReadonlyMap<string, CorpusDocument>,
  events: ReadonlyMap<string, DateValue> = new Map(),
): { value: DateValue } | { path: string; error: string } {
  if (date.basis === 'external') {
    if (date.end < date.start)
      return { path: 'end', error: 'the end date is before the start date' };
    const bounds = eventBounds(date, events);
    if ('error' in bounds) return bounds;
    if (bounds.after && date.start < bounds.after.start)
      return {
        path: 'start',
        error: `${date.start} is before the start of "${date.notBeforeEvent}" (${bounds.after.start}), which the text puts first`,
      };
    if (bounds.before && date.end > bounds.before.end)
      return {
        path: 'end',
        error: `${date.end} is after the end of "${date.notAfterEvent}" (${bounds.before.end}), which the text puts later`,
      };
    return {
      value: {
        start: date.start,
        end: date.end,
        precision: date.precision,
        basis: 'external',
        note: date.note,
        ...boundIds(date),
      },
    };
  }
  const doc = documents.get(date.document);
  if (!doc) return { path: 'document', error: `unknown document "${date.document}"` };
  if (date.basis === 'reported') return resolveReported(date, doc, events);
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

type ReportedDate = Extract<CurationDate, { basis: 'reported' }>;

/**
 * A reported date: on or before publication, or before the event the evidence ties it to
 * (`notAfterEvent`); on or after a day (`notBefore`) or an event (`notBeforeEvent`). Bounds by
 * events make the order the text gives an order on the timeline.
 */
function resolveReported(
  date: ReportedDate,
  doc: CorpusDocument,
  events: ReadonlyMap<string, DateValue>,
): { value: DateValue } | { path: string; error: string } {
  const bounds = eventBounds(date, events);
  if ('error' in bounds) return bounds;
  const { after, before } = bounds;
  let end = doc.published.end;
  if (before && before.end < end) end = before.end;
  const lower = [date.notBefore, after?.start].filter((x): x is string => x !== undefined);
  const open = lower.length === 0;
  const start = open
    ? doc.published.start < end
      ? doc.published.start
      : end
    : (lower.sort().at(-1) as string);
  if (end < start) {
    return {
      path: date.notBeforeEvent !== undefined ? 'notBeforeEvent' : 'notBefore',
      error: `the lower bound ${start} is after the upper bound ${end}`,
    };
  }
  return {
    value: {
      start,
      end,
      precision: start === end && !open ? 'day' : 'range',
      basis: 'reported',
      ...(open ? { openStart: true } : {}),
      ...boundIds(date),
      note: date.note ?? {
        ar: 'لا يذكر النص تاريخاً: وقع في يوم النشر أو قبله',
        en: 'the text gives no date: on or before publication',
      },
    },
  };
}

interface Bounded {
  notBeforeEvent?: string | undefined;
  notAfterEvent?: string | undefined;
}

/** The dates of the events a date is bounded by, or which bound is unknown. */
function eventBounds(
  date: Bounded,
  events: ReadonlyMap<string, DateValue>,
): { after?: DateValue; before?: DateValue } | { path: string; error: string } {
  const after = date.notBeforeEvent === undefined ? undefined : events.get(date.notBeforeEvent);
  if (date.notBeforeEvent !== undefined && !after)
    return { path: 'notBeforeEvent', error: `unknown or undated event "${date.notBeforeEvent}"` };
  const before = date.notAfterEvent === undefined ? undefined : events.get(date.notAfterEvent);
  if (date.notAfterEvent !== undefined && !before)
    return { path: 'notAfterEvent', error: `unknown or undated event "${date.notAfterEvent}"` };
  return { ...(after ? { after } : {}), ...(before ? { before } : {}) };
}

/** The bound ids a resolved date carries, only those that are set. */
function boundIds(date: Bounded): Pick<DateValue, 'notBeforeEvent' | 'notAfterEvent'> {
  return {
    ...(date.notBeforeEvent !== undefined ? { notBeforeEvent: date.notBeforeEvent } : {}),
    ...(date.notAfterEvent !== undefined ? { notAfterEvent: date.notAfterEvent } : {}),
  };
}
