/**
 * Indexes built once when a corpus is loaded; every view reads from them.
 */
import type { Actor, Corpus, CorpusDocument, CorpusEvent, Place } from './schema';

export interface CorpusIndex {
  corpus: Corpus;
  /** Events in time order (by date start, then end, then id). */
  events: CorpusEvent[];
  eventsById: Map<string, CorpusEvent>;
  actorsById: Map<string, Actor>;
  placesById: Map<string, Place>;
  documentsById: Map<string, CorpusDocument>;
  /** Event ids by actor id and by place id, in time order. */
  eventsByActor: Map<string, string[]>;
  eventsByPlace: Map<string, string[]>;
  /** Number of mentions of each actor or place across all documents. */
  mentionCounts: Map<string, number>;
}

export function compareEvents(a: CorpusEvent, b: CorpusEvent): number {
  if (a.date.start !== b.date.start) return a.date.start < b.date.start ? -1 : 1;
  if (a.date.end !== b.date.end) return a.date.end < b.date.end ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildCorpusIndex(corpus: Corpus): CorpusIndex {
  const events = [...corpus.events].sort(compareEvents);
  const eventsByActor = new Map<string, string[]>();
  const eventsByPlace = new Map<string, string[]>();
  for (const event of events) {
    for (const id of new Set(event.actors.map((a) => a.id))) push(eventsByActor, id, event.id);
    if (event.place) push(eventsByPlace, event.place, event.id);
  }
  const mentionCounts = new Map<string, number>();
  for (const doc of corpus.documents) {
    for (const m of doc.mentions)
      mentionCounts.set(m.entity, (mentionCounts.get(m.entity) ?? 0) + 1);
  }
  return {
    corpus,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    actorsById: new Map(corpus.actors.map((a) => [a.id, a])),
    placesById: new Map(corpus.places.map((p) => [p.id, p])),
    documentsById: new Map(corpus.documents.map((d) => [d.id, d])),
    eventsByActor,
    eventsByPlace,
    mentionCounts,
  };
}
