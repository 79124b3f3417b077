import { useState } from 'react';
import type { ViewState } from '../url-state';

/** What the side column (desktop) or the screen (phone) shows. */
export type ExplorerView = 'map' | 'timeline' | 'list' | 'source';
/** The tabs of the list view. */
export type ListTab = 'events' | 'actors' | 'network';

export interface ExplorerViewHandle {
  view: ExplorerView;
  listTab: ListTab;
  /** The event whose detail was just closed, for the list to give its row focus back. */
  returnTo: string | null;
  showView(view: ExplorerView): void;
  showListTab(tab: ListTab): void;
}

type Selection = Pick<ViewState, 'event' | 'place' | 'doc' | 'actor'>;

/**
 * Which view is in front. Throwaway UI state (not in the URL): a selection made anywhere brings
 * its reading column to the front (an event, a place or a document: the source view; an actor:
 * the actor panel). Closing the event goes back to the list. A link with a selection opens on
 * it; without one, on the list (desktop) or the map (phone, where the list is one tap away).
 */
export function useExplorerView(state: Selection): ExplorerViewHandle {
  const [view, setView] = useState<ExplorerView>(() =>
    state.event || state.place || state.doc ? 'source' : 'map',
  );
  const [listTab, setListTab] = useState<ListTab>(state.actor ? 'actors' : 'events');
  const [seen, setSeen] = useState<Selection>(state);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  if (
    seen.event !== state.event ||
    seen.place !== state.place ||
    seen.doc !== state.doc ||
    seen.actor !== state.actor
  ) {
    setSeen(state);
    if (
      (state.event && state.event !== seen.event) ||
      (state.place && state.place !== seen.place) ||
      (state.doc && state.doc !== seen.doc)
    ) {
      setView('source');
    } else if (seen.event && !state.event && !state.place && !state.doc && view === 'source') {
      // The event was closed: back to the list it was chosen from, at its row.
      setReturnTo(seen.event);
      setListTab('events');
      setView('list');
    } else if (state.actor && state.actor !== seen.actor) {
      // The network keeps showing, with that actor highlighted; otherwise the actor panel.
      if (listTab !== 'network') {
        setListTab('actors');
        setView('list');
      }
    }
  }
  return {
    view,
    listTab,
    returnTo,
    showView: setView,
    showListTab: (tab) => {
      setListTab(tab);
      setView('list');
    },
  };
}
