import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { RemoveTarget } from '../../features/filters/filter-chip';
import type { MapView, ViewState } from '../../url-state';
import { toggle } from './toggle';

/** What a command writes into the URL. */
export type Patch = Partial<ViewState>;

/** The part of the view state the filter toggles read. */
type Lists = Pick<ViewState, 'actors' | 'places' | 'types'>;

/**
 * The explorer's commands as pure functions: the view state (or the part of it a command reads)
 * and the command's arguments → the patch it writes. The only place in the app that knows which
 * URL keys a user's act changes (useExplorerCommands binds them to the URL). A new command goes
 * here, with its test in tests/unit/app/explorer-commands.test.ts.
 */
export const explorerPatches = {
  /** Selecting an event opens its evidence's document (the reader picks it): no `doc`. */
  selectEvent: (id: string | null): Patch => ({ event: id, doc: null }),
  selectActor: (id: string | null): Patch => ({ actor: id }),
  selectPlace: (id: string | null): Patch => ({ place: id }),
  /** A name in the source: an actor's or a place's id. */
  selectEntity: (index: CorpusIndex, id: string): Patch =>
    index.actorsById.has(id) ? { actor: id } : { place: id },
  openDocument: (doc: string): Patch => ({ doc }),
  toggleActorFilter: (state: Lists, id: string): Patch => ({ actors: toggle(state.actors, id) }),
  togglePlaceFilter: (state: Lists, id: string): Patch => ({ places: toggle(state.places, id) }),
  toggleTypeFilter: (state: Lists, type: string): Patch => ({ types: toggle(state.types, type) }),
  setActorMode: (actorMode: ViewState['actorMode']): Patch => ({ actorMode }),
  /** The time filter (a brush, a chip's removal clears it). */
  setTimeFilter: (days: { from: string | null; to: string | null }): Patch => ({
    from: days.from,
    to: days.to,
  }),
  setPossible: (possible: boolean): Patch => ({ possible }),
  /** The stretch of time the timeline shows: navigation, never a filter. */
  setTimeWindow: (view: { start: string; end: string }): Patch => ({ view }),
  setPlayhead: (at: string | null): Patch => ({ at }),
  setMapView: (map: MapView): Patch => ({ map }),
  setTiles: (tiles: boolean): Patch => ({ tiles }),
  setSearch: (q: string): Patch => ({ q }),
  setLanguage: (lang: 'ar' | 'en'): Patch => ({ lang }),
  /** One chip of the filter summary removed. */
  removeFilter: (state: Lists, what: RemoveTarget): Patch =>
    what.key === 'time'
      ? { from: null, to: null }
      : what.key === 'q'
        ? { q: '' }
        : { [what.key]: state[what.key].filter((x) => x !== what.id) },
  clearFilters: (): Patch => ({ actors: [], places: [], types: [], from: null, to: null, q: '' }),
};
