/**
 * The shareable view state: everything a link must carry to reproduce a view.
 * The URL is its only home (see keys.ts); components read it with useViewState().
 */
import type { TimeView } from './time-view';

/** The map's centre and zoom, as in `map=zoom/lat/lon`. */
export interface MapView {
  /** Latitude, clamped to ±85 (the Web Mercator limit). */
  lat: number;
  /** Longitude, wrapped into [-180, 180). */
  lon: number;
  /** Zoom level 0–19, at most two decimals. */
  zoom: number;
}

export interface ViewState {
  /** Interface language; null = not in the URL (browser preference, Arabic as fallback). */
  lang: 'ar' | 'en' | null;
  /** Selected event id. */
  event: string | null;
  /** Actor whose details are open. */
  actor: string | null;
  /** Selected place id. */
  place: string | null;
  /** Document open in the source reader. */
  doc: string | null;
  /** Actor filter: ids, sorted and unique. */
  actors: readonly string[];
  /** Whether an event must involve any or all of `actors`. */
  actorMode: 'any' | 'all';
  /** Place filter: ids, sorted and unique. */
  places: readonly string[];
  /** Event-type filter: values of `eventTypes`, sorted and unique. */
  types: readonly string[];
  /** Start of the time filter, ISO YYYY-MM-DD, or null for open. from ≤ to. */
  from: string | null;
  /** End of the time window, ISO YYYY-MM-DD, or null for open. */
  to: string | null;
  /** Include events that only possibly fall in the window. */
  possible: boolean;
  /** Search text, at most 200 characters. */
  q: string;
  /** Map view, or null to let the map fit the data. */
  map: MapView | null;
  /** The stretch of time the timeline shows (navigation only), or null to fit the events. */
  view: TimeView | null;
  /** Playback's current day (the map and the list show events up to it), or null. */
  at: string | null;
  /** Online tile layer on (the embedded basemap is always there). */
  tiles: boolean;
  /** Name of a user-opened corpus; null = the bundled corpus. */
  corpus: string | null;
  /** The story being played (its id), or null for free exploration. */
  story: string | null;
  /** The story's step being shown, counted from 1; null when no story is played. */
  step: number | null;
}

export const DEFAULT_VIEW_STATE: Readonly<ViewState> = Object.freeze({
  lang: null,
  event: null,
  actor: null,
  place: null,
  doc: null,
  actors: Object.freeze([]),
  actorMode: 'any',
  places: Object.freeze([]),
  types: Object.freeze([]),
  from: null,
  to: null,
  possible: true,
  q: '',
  map: null,
  view: null,
  at: null,
  tiles: false,
  corpus: null,
  story: null,
  step: null,
});
