import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { filterEvents } from '../../domain/corpus/filter-events';
import { memoPerObject } from '../../domain/corpus/memo-per-object';
import type { CorpusEvent } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';
import { createFocusTarget } from '../../ui/focus-target';
import { createHoverStore } from '../../ui/hover-store';
import { createRequestChannel } from '../../ui/request-channel';
import type { ViewStateHandle } from '../../url-state';
import { knownIds } from '../known-ids';
import { useEventFilters } from '../useEventFilters';
import { useExplorerView } from '../useExplorerView';
import { useSearchIndexReady } from '../useSearchIndexReady';
import { bindCommands } from './bind-commands';
import { ExplorerContext, type ExplorerController, type ExplorerEvents } from './explorer-context';

const idsOf = memoPerObject(
  (events: readonly CorpusEvent[]): ReadonlySet<string> => new Set(events.map((e) => e.id)),
);

/** A value read when needed (by a command, in an event handler), set after each commit. */
function latest<T>(initial: T): { get(): T; set(value: T): void } {
  let value = initial;
  return {
    get: () => value,
    set: (next) => {
      value = next;
    },
  };
}

interface ExplorerProviderProps {
  index: CorpusIndex;
  view: ViewStateHandle;
  lang: Language;
  children: ReactNode;
}

/**
 * The explorer controller, between the URL state and the views: derives what each view shows
 * from the corpus and the URL (filtering once per filter change), keeps the throwaway UI state
 * (the view in front, the timeline's settled window; the hover in its own store) and binds the
 * typed commands to `update`. Views read it through the slots in ./slots, never whole.
 */
export function ExplorerProvider({ index, view, lang, children }: ExplorerProviderProps) {
  const { state, update } = view;
  // The timeline shows every event that passes the filters but the time filter; the map and
  // the list the time filter (from/to) too. The timeline's own view (pan, zoom) never filters.
  // A search waits for the search index (built in the background): never a frozen page.
  const searchReady = useSearchIndexReady(index, state.q.trim() !== '');
  const filters = useEventFilters(searchReady ? state : { ...state, q: '' });
  const events = useMemo((): ExplorerEvents => {
    const timeline = filterEvents(index, filters.timeline);
    const narrowed =
      filters.shown.from !== null || filters.shown.to !== null || filters.shown.at != null;
    const shown = narrowed ? filterEvents(index, filters.shown) : timeline;
    const shownIds = idsOf(shown);
    return {
      timeline,
      shown,
      shownIds,
      typeCount: filterEvents(index, { ...filters.shown, types: [] }),
      keptByTime: narrowed ? shownIds : null,
    };
  }, [index, filters]);
  const known = useMemo(() => knownIds(index), [index]);
  const front = useExplorerView(state);
  const [shownWindow, setWindow] = useState<{ start: string; end: string } | null>(null);
  const setShownWindow = useCallback(
    (w: { start: string; end: string }) =>
      setWindow((prev) => (prev?.start === w.start && prev.end === w.end ? prev : w)),
    [],
  );

  // Commands are made once and read the state when called: a view given one is never
  // re-rendered because the state changed.
  const [now] = useState(() => latest({ state, index, showView: front.showView }));
  useLayoutEffect(() => now.set({ state, index, showView: front.showView }));
  const [hover] = useState(createHoverStore);
  const [detailHeading] = useState(createFocusTarget);
  const [evidenceFocus] = useState(() => createRequestChannel<string>());
  const [commands] = useState(() =>
    bindCommands({ current: now.get, update, hover, detailHeading, evidenceFocus }),
  );

  const controller = useMemo(
    (): ExplorerController => ({
      index,
      lang,
      view,
      known,
      searchReady,
      events,
      front,
      shownWindow,
      setShownWindow,
      hover,
      detailHeading,
      evidenceFocus,
      commands,
    }),
    [
      index,
      lang,
      view,
      known,
      searchReady,
      events,
      front,
      shownWindow,
      setShownWindow,
      hover,
      detailHeading,
      evidenceFocus,
      commands,
    ],
  );
  return <ExplorerContext value={controller}>{children}</ExplorerContext>;
}
