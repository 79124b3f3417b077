/**
 * The events a view shows: a pure function of the corpus index and the user's choices.
 */
import { normalizeArabic } from './arabic';
import type { CorpusIndex } from './corpus-index';
import type { CorpusEvent } from './schema';
import { fitWindow } from './time-window';

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
}

const searchTexts = new WeakMap<CorpusIndex, Map<string, string>>();

/** Everything an event can be found by, normalised: titles, summaries, actors, place. */
function searchText(index: CorpusIndex, event: CorpusEvent): string {
  let cache = searchTexts.get(index);
  if (!cache) {
    cache = new Map();
    searchTexts.set(index, cache);
  }
  let text = cache.get(event.id);
  if (text === undefined) {
    const parts = [event.title.ar, event.title.en, event.summary.ar, event.summary.en];
    for (const a of event.actors) {
      const actor = index.actorsById.get(a.id);
      if (actor) parts.push(actor.name.ar, actor.name.en, ...actor.aliases.ar, ...actor.aliases.en);
    }
    const place = event.place ? index.placesById.get(event.place) : undefined;
    if (place) parts.push(place.name.ar, place.name.en, ...place.aliases.ar, ...place.aliases.en);
    text = normalizeArabic(parts.join(' \u0000 '));
    cache.set(event.id, text);
  }
  return text;
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

export function filterEvents(index: CorpusIndex, filter: EventFilter): CorpusEvent[] {
  const actors = new Set(filter.actors);
  const places = new Set(filter.places);
  const types = new Set(filter.types);
  const words = normalizeArabic(filter.q.trim()).split(/\s+/).filter(Boolean);
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
    if (words.length > 0) {
      const text = searchText(index, event);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}
