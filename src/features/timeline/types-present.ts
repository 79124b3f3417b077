import { eventTypes, type CorpusEvent, type EventType } from '../../domain/corpus/schema';

/** The event types that occur in `events`, in the schema's order (so the legend is stable). */
export function typesPresent(events: readonly CorpusEvent[]): EventType[] {
  const present = new Set(events.map((e) => e.type));
  return eventTypes.filter((type) => present.has(type));
}
