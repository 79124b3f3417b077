/**
 * The events a view shows: a pure function of the corpus index and the user's choices.
 */
import type { CorpusIndex } from './corpus-index';
import type { CorpusEvent } from './schema';
import { searchCorpus } from '../search/search-corpus';
import type { EntityHit } from '../search/types';
import { fitWindow } from '../dates/time-window';

export interface EventFilter {
  actors: readonly string[];
  actorMode: 'any' | 'all';
  places: readonly string[];
  types: readonly string[];
  q: string;
  /** The time window; null ends are open. */
  from: string | null;
  to: string | null;
  /** Keep events that only possibly fall in the window. */
  possible: boolean;
  /**
   * Playback's day (ISO), or null: only the events known to have begun by then. An event
   * whose start is open ("on or before publication") counts from its end, the day it is
   * reported by: it is not shown at the corpus's start for having no earliest day.
   */
  at?: string | null;
}

/** The filter that keeps every event: filterEvents then returns the index's own array. */
export const NO_FILTER: Readonly<EventFilter> = Object.freeze({
  actors: [],
  actorMode: 'any',
  places: [],
  types: [],
  q: '',
  from: null,
  to: null,
  possible: true,
});

/** Playback: the day from which an event counts as having happened. */
export function playedFrom(date: CorpusEvent['date']): string {
  return date.openStart ? date.end : date.start;
}

/**
 * The events a search finds: those whose title or summary matches, and those of the actors
 * and places whose names match (searchCorpus: the pipeline's Arabic normalisation, clitics).
 */
function eventsMatching(index: CorpusIndex, q: string): Set<string> {
  const found = searchCorpus(index, q, Number.POSITIVE_INFINITY);
  const ids = new Set(found.events.map((hit) => hit.id));
  // An actor's or place's events count when its name matched, not merely its role.
  const named = (hit: EntityHit) =>
    hit.matches.some((m) => m.field === 'name' || m.field === 'alias');
  for (const hit of found.actors.filter(named)) {
    for (const id of index.eventsByActor.get(hit.id) ?? []) ids.add(id);
  }
  for (const hit of found.places.filter(named)) {
    for (const id of index.eventsByPlace.get(hit.id) ?? []) ids.add(id);
  }
  return ids;
}

/** A place filter also keeps events at places inside a chosen country. */
function placeMatches(
  index: CorpusIndex,
  placeId: string | null,
  chosen: ReadonlySet<string>,
): boolean {
  if (placeId === null) return false;
  if (chosen.has(placeId)) return true;
  const country = index.placesById.get(placeId)?.country;
  return !!country && chosen.has(country);
}

/**
 * The events that pass `filter`, in time order. With no filter set it is `index.events`
 * itself (not a copy), so that what views derive from all events can be remembered.
 */
export function filterEvents(index: CorpusIndex, filter: EventFilter): readonly CorpusEvent[] {
  const none =
    filter.actors.length === 0 &&
    filter.places.length === 0 &&
    filter.types.length === 0 &&
    filter.q.trim() === '' &&
    filter.from === null &&
    filter.to === null &&
    (filter.at ?? null) === null;
  if (none) return index.events;
  const actors = new Set(filter.actors);
  const places = new Set(filter.places);
  const types = new Set(filter.types);
  const searched = filter.q.trim() ? eventsMatching(index, filter.q) : null;
  return index.events.filter((event) => {
    if (types.size > 0 && !types.has(event.type)) return false;
    if (actors.size > 0) {
      const present = new Set(event.actors.map((a) => a.id));
      const hits = [...actors].filter((id) => present.has(id)).length;
      if (filter.actorMode === 'all' ? hits < actors.size : hits === 0) return false;
    }
    if (places.size > 0 && !placeMatches(index, event.place, places)) return false;
    if (filter.from !== null || filter.to !== null) {
      const fit = fitWindow(event.date, filter.from, filter.to);
      if (fit === 'outside' || (fit === 'possible' && !filter.possible)) return false;
    }
    if (filter.at != null && playedFrom(event.date) > filter.at) return false;
    if (searched && !searched.has(event.id)) return false;
    return true;
  });
}
