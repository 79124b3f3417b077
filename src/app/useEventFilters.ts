import { useMemo } from 'react';
import type { EventFilter } from '../domain/filter-events';
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

/** The earlier of two ISO days, null being open (later than any day). */
function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
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
    const { at, ...filter } = JSON.parse(key) as EventFilter & { at: string | null };
    return {
      shown: { ...filter, to: earlier(filter.to, at) },
      timeline: { ...filter, from: null, to: null },
    };
  }, [key]);
}
