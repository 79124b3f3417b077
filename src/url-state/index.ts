/**
 * URL state: the URL is the only home of shareable view state. Each key is declared once in
 * keys.ts; parseViewState never throws and reports what it dropped; reconcileViewState drops
 * ids the loaded corpus lacks; useViewState reads and writes it for components.
 */
export { DEFAULT_VIEW_STATE, type MapView, type ViewState } from './view-state';
export type { Dropped } from './dropped';
export { viewStateKeys, viewStateFields } from './keys';
export { parseViewState } from './parse-view-state';
export { serialiseViewState } from './serialise-view-state';
export { reconcileViewState, type KnownIds } from './reconcile-view-state';
export { historyForChange } from './history-for-change';
export { formatMapView, mapPrecision, normaliseMapView } from './map-view';
export { useViewState, VIEW_STATE_THROTTLE_MS, type ViewStateHandle } from './useViewState';
export { checkStory, stepViewOf, stepViewState } from './story-step-view';
export { clearRefusal, currentRefusal, subscribeRefusals } from './refusals';
