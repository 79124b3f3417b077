/**
 * The explorer controller's selector hooks: each returns one slice of what the views show
 * (timemap's selectors), so that a slot asks for what its view needs and nothing else.
 */
import { useMemo } from 'react';
import type { ViewState } from '../../url-state';
import { useStoryLayer } from '../../features/story/useStoryLayer';
import { useExplorerController } from './explorer-context';

export const useCorpusIndex = () => useExplorerController().index;
export const useExplorerLanguage = () => useExplorerController().lang;
export const useExplorerCommands = () => useExplorerController().commands;
export const useHoverStore = () => useExplorerController().hover;
export const useDetailHeading = () => useExplorerController().detailHeading;
export const useEvidenceFocus = () => useExplorerController().evidenceFocus;
export const useExplorerEvents = () => useExplorerController().events;
export const useShownEvents = () => useExplorerController().events.shown;
export const useTimelineEvents = () => useExplorerController().events.timeline;
export const useSearchReady = () => useExplorerController().searchReady;
export const useFrontView = () => useExplorerController().front;
export const useDroppedFromUrl = () => useExplorerController().view.dropped;

/** What is selected: the event, the actor whose details are open, the place, the document. */
export function useSelection(): Pick<ViewState, 'event' | 'actor' | 'place' | 'doc'> {
  const { event, actor, place, doc } = useExplorerController().view.state;
  return useMemo(() => ({ event, actor, place, doc }), [event, actor, place, doc]);
}

/** The filters, each as the URL holds it (arrays are readonly and stay the same while unchanged). */
export function useFilters(): Pick<
  ViewState,
  'actors' | 'actorMode' | 'places' | 'types' | 'from' | 'to' | 'possible' | 'q'
> {
  const { actors, actorMode, places, types, from, to, possible, q } =
    useExplorerController().view.state;
  return useMemo(
    () => ({ actors, actorMode, places, types, from, to, possible, q }),
    [actors, actorMode, places, types, from, to, possible, q],
  );
}

/** Time that does not filter: the timeline's view, the playhead, the window shown once settled. */
export function useTimeNavigation() {
  const { view, shownWindow, setShownWindow } = useExplorerController();
  return { view: view.state.view, at: view.state.at, shownWindow, setShownWindow };
}

/** The map's view and whether the online tiles are on. */
export function useMapState(): Pick<ViewState, 'map' | 'tiles'> {
  const { map, tiles } = useExplorerController().view.state;
  return { map, tiles };
}

/** The stories layer (menu, bar, report): a story step is a whole view, so it gets the state. */
export function useExplorerStories() {
  const { index, view, known, lang } = useExplorerController();
  return useStoryLayer({ index, state: view.state, known, lang, navigate: view.update });
}
