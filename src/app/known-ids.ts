import type { CorpusIndex } from '../domain/corpus/corpus-index';
import type { KnownIds } from '../url-state';

/** The ids a link may name in this corpus (stale ones are dropped with a notice). */
export function knownIds(index: CorpusIndex): KnownIds {
  return {
    events: new Set(index.eventsById.keys()),
    actors: new Set(index.actorsById.keys()),
    places: new Set(index.placesById.keys()),
    documents: new Set(index.documentsById.keys()),
    types: new Set(index.events.map((e) => e.type)),
  };
}
