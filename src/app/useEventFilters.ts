import { useMemo } from 'react';
import type { EventFilter } from '../domain/corpus/filter-events';
import type { ViewState } from '../url-state';

export interface EventFilters {
  /** What the timeline shows: every filter but the time window. */
  timeline: EventFilter;
  /**
   * What the map and the list show: the time filter (`from`/`to`, brushed) too, and while
   * playback is on (`at`), only what happened up to its day.
   */
  shown: EventFilter;
}

function keyOf(state: ViewState): string {
  return JSON.stringify({
    actors: state.actors,
    actorMode: state.actorMode,
    places: state.places,
    types: state.types,
    q: state.q,
    possible: state.possible,
    from: state.from,
    to: state.to,
    at: state.at,
  });
}

/**
 * The filters of the view state, as objects that stay the same while the filters do: selecting
 * an event, moving the map or hovering does not filter 100,000 events again.
 */
export function useEventFilters(state: ViewState): EventFilters {
  const key = keyOf(state);
  return useMemo(() => {
    const shown = JSON.parse(key) as EventFilter;
    return { shown, timeline: { ...shown, from: null, to: null, at: null } };
  }, [key]);
}
