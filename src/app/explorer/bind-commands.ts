import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { RemoveTarget } from '../../features/filters/filter-chip';
import type { FocusTarget } from '../../ui/focus-target';
import type { HoverStore } from '../../ui/hover-store';
import type { RequestChannel } from '../../ui/request-channel';
import type { MapView, ViewState } from '../../url-state';
import type { ExplorerView } from '../useExplorerView';
import { explorerPatches as p, type Patch } from './explorer-commands';

/** The typed commands views may call (through the props their slot gives them). Stable. */
export interface ExplorerCommands {
  /** Choosing the event already selected brings its detail back to the front. */
  selectEvent(id: string | null): void;
  selectActor(id: string | null): void;
  selectPlace(id: string | null): void;
  selectEntity(id: string): void;
  openDocument(doc: string): void;
  /** "Show in source": opens the document and has the reader focus its marked evidence. */
  showEvidence(doc: string): void;
  /** Moves focus to the detail of the event `id` if it is shown; false when it is not. */
  focusEventDetail(id: string): boolean;
  toggleActorFilter(id: string): void;
  togglePlaceFilter(id: string): void;
  toggleTypeFilter(type: string): void;
  setActorMode(mode: ViewState['actorMode']): void;
  setTimeFilter(days: { from: string | null; to: string | null }): void;
  setPossible(possible: boolean): void;
  setTimeWindow(view: { start: string; end: string }): void;
  setPlayhead(at: string | null): void;
  setMapView(map: MapView): void;
  setTiles(tiles: boolean): void;
  setSearch(q: string): void;
  setLanguage(lang: 'ar' | 'en'): void;
  removeFilter(what: RemoveTarget): void;
  clearFilters(): void;
  /** Throwaway: the hover store, not the URL. */
  hoverEvent(id: string | null): void;
}

interface CommandContext {
  /** The view state, the corpus and the view in front as they are now (read at call time). */
  current(): { state: ViewState; index: CorpusIndex; showView(view: ExplorerView): void };
  update(patch: Patch): void;
  hover: HoverStore;
  detailHeading: FocusTarget;
  evidenceFocus: RequestChannel<string>;
}

/** The commands bound to the URL (through `update`) and the hover store. */
export function bindCommands(context: CommandContext): ExplorerCommands {
  const { current, update, hover, detailHeading, evidenceFocus } = context;
  const state = () => current().state;
  return {
    selectEvent: (id) => {
      const now = current();
      if (id !== null && id === now.state.event) now.showView('source');
      update(p.selectEvent(id));
    },
    selectActor: (id) => update(p.selectActor(id)),
    selectPlace: (id) => update(p.selectPlace(id)),
    selectEntity: (id) => update(p.selectEntity(current().index, id)),
    openDocument: (doc) => update(p.openDocument(doc)),
    showEvidence: (doc) => {
      update(p.openDocument(doc));
      evidenceFocus.request(doc);
    },
    focusEventDetail: (id) => detailHeading.focus(id),
    toggleActorFilter: (id) => update(p.toggleActorFilter(state(), id)),
    togglePlaceFilter: (id) => update(p.togglePlaceFilter(state(), id)),
    toggleTypeFilter: (type) => update(p.toggleTypeFilter(state(), type)),
    setActorMode: (mode) => update(p.setActorMode(mode)),
    setTimeFilter: (days) => update(p.setTimeFilter(days)),
    setPossible: (possible) => update(p.setPossible(possible)),
    setTimeWindow: (view) => update(p.setTimeWindow(view)),
    setPlayhead: (at) => update(p.setPlayhead(at)),
    setMapView: (map) => update(p.setMapView(map)),
    setTiles: (tiles) => update(p.setTiles(tiles)),
    setSearch: (q) => update(p.setSearch(q)),
    setLanguage: (lang) => update(p.setLanguage(lang)),
    removeFilter: (what) => update(p.removeFilter(state(), what)),
    clearFilters: () => update(p.clearFilters()),
    hoverEvent: (id) => hover.set(id),
  };
}
