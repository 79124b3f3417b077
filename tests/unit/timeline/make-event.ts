import type { CorpusEvent, DateValue, EventType } from '../../../src/domain/corpus/schema';

/** A valid event for tests; the date defaults to an exact, stated day. */
export function makeEvent(
  id: string,
  type: EventType,
  date: Partial<DateValue> & { start: string },
  title = { en: `Event ${id}`, ar: `حدث ${id}` },
): CorpusEvent {
  return {
    id,
    type,
    title,
    summary: title,
    date: { end: date.start, precision: 'day', basis: 'stated', ...date },
    place: null,
    actors: [],
    evidence: [{ document: 'doc', start: 0, end: 1 }],
  };
}
