import type { CorpusEvent, Place } from '../../domain/corpus/schema';

export interface PlaceGroup {
  place: Place;
  /** The place's events, in the order given. */
  events: CorpusEvent[];
}

/**
 * The events grouped by place, one group per place that has events (in the order of
 * `places`), and the events the map cannot draw: no place, or a place id not in `places`.
 */
export function placeGroups(
  places: readonly Place[],
  events: readonly CorpusEvent[],
): { groups: PlaceGroup[]; unplaced: CorpusEvent[] } {
  const byPlace = new Map<string, CorpusEvent[]>();
  const known = new Set(places.map((p) => p.id));
  const unplaced: CorpusEvent[] = [];
  for (const event of events) {
    if (event.place === null || !known.has(event.place)) {
      unplaced.push(event);
      continue;
    }
    const list = byPlace.get(event.place);
    if (list) list.push(event);
    else byPlace.set(event.place, [event]);
  }
  const groups: PlaceGroup[] = [];
  for (const place of places) {
    const list = byPlace.get(place.id);
    if (list) groups.push({ place, events: list });
  }
  return { groups, unplaced };
}
