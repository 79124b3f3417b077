/**
 * Corroboration of a date: how each document that reports an event dates it. The date words
 * inside each piece of evidence (and the words the event's date was taken from) are resolved
 * against that document's own publication date, so "نوفمبر 2019" in one article and
 * "نوفمبر الماضي" in another can be seen to agree, or not.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import { readyDocument } from '../corpus/document-texts';
import { findDateExpressions } from './find-date-expressions';
import { resolveDateExpression } from './resolve-date-expression';
import type { CorpusEvent, DateValue } from '../corpus/schema';

export interface DateVersion {
  document: string;
  /** The words as written and where they are. */
  words: string;
  start: number;
  end: number;
  /** What they resolve to against that document's publication date. */
  value: Omit<DateValue, 'expression'>;
  /**
   * How it relates to the event's date: `dates` when it gives the event's date (the event's
   * date lies within it), `after` when it is the lower bound of a reported date ("after the
   * agreement of November 2019": the date the event came after, not its date), `other` when
   * it is another date quoted in the same passage.
   */
  relation: 'dates' | 'after' | 'other';
  /** Whether this version gives the event's date (relation `dates`). */
  agrees: boolean;
}

function relationOf(v: { start: string; end: string }, date: DateValue): DateVersion['relation'] {
  if (date.start >= v.start && date.end <= v.end) return 'dates';
  if (date.basis === 'reported' && !date.openStart && v.start === date.start) return 'after';
  return 'other';
}

export function dateVersions(index: CorpusIndex, event: CorpusEvent): DateVersion[] {
  const spans = [...event.evidence];
  if (event.date.expression) spans.push(event.date.expression);
  const seen = new Set<string>();
  const versions: DateVersion[] = [];
  for (const span of spans) {
    // A document whose text has not arrived (or cannot) gives no version yet.
    const doc = readyDocument(index.texts, span.document);
    if (!doc) continue;
    for (const found of findDateExpressions(doc.text.slice(span.start, span.end))) {
      const start = span.start + found.start;
      const end = span.start + found.end;
      const key = `${doc.id}:${start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const resolved = resolveDateExpression(found.expression, doc.published);
      if ('error' in resolved) continue;
      const value = resolved.value;
      const relation = relationOf(value, event.date);
      versions.push({
        document: doc.id,
        words: doc.text.slice(start, end),
        start,
        end,
        value,
        relation,
        agrees: relation === 'dates',
      });
    }
  }
  return versions.sort((a, b) =>
    a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start,
  );
}
