/**
 * URL state: the URL is the only home of shareable view state. Each key is declared once in
 * keys.ts; parseViewState never throws and reports what it dropped; reconcileViewState drops
 * ids the loaded corpus lacks; useViewState reads and writes it for components.
 */
export { DEFAULT_VIEW_STATE, type MapView, type ViewState } from './view-state';
export type { UrlKey } from './url-key';
export type { Dropped } from './dropped';
export { viewStateKeys, viewStateFields, MAX_QUERY_LENGTH, type ViewStateKeys } from './keys';
export { parseViewState, type ParsedViewState } from './parse-view-state';
export { serialiseViewState } from './serialise-view-state';
export { reconcileViewState, type KnownIds } from './reconcile-view-state';
export { historyForChange } from './history-for-change';
export { formatTimeView, parseTimeView, type TimeView } from './time-view';
export { formatMapView, mapPrecision, normaliseMapView, parseMapView } from './map-view';
export { useViewState, VIEW_STATE_THROTTLE_MS, type ViewStateHandle } from './useViewState';
export { checkStory, stepViewOf, stepViewState, type StepProblem } from './story-step-view';
export { clearRefusal, currentRefusal, subscribeRefusals, type Refusal } from './refusals';
