import { createContext, useContext } from 'react';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { CorpusEvent } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';
import type { FocusTarget } from '../../ui/focus-target';
import type { HoverStore } from '../../ui/hover-store';
import type { RequestChannel } from '../../ui/request-channel';
import type { KnownIds, ViewStateHandle } from '../../url-state';
import type { ExplorerViewHandle } from '../useExplorerView';
import type { ExplorerCommands } from './bind-commands';

/** The events each view shows, derived once per filter change. */
export interface ExplorerEvents {
  /** Every filter but time: what the timeline draws. */
  timeline: readonly CorpusEvent[];
  /** Every filter, time too: what the map, the list and the panels show. */
  shown: readonly CorpusEvent[];
  shownIds: ReadonlySet<string>;
  /** Every filter but the types: what the type filter counts. */
  typeCount: readonly CorpusEvent[];
  /** The events time keeps, when it narrows the map and the list (the timeline fades the rest). */
  keptByTime: ReadonlySet<string> | null;
}

/** What the explorer controller provides (read through the hooks in explorer-selectors.ts). */
export interface ExplorerController {
  index: CorpusIndex;
  lang: Language;
  /** The URL state: read by the selector hooks, never handed to a view whole. */
  view: ViewStateHandle;
  known: KnownIds;
  /** False while the search index is still being built for a search. */
  searchReady: boolean;
  events: ExplorerEvents;
  /** Which view (phone) or side tab (wide) is in front. */
  front: ExplorerViewHandle;
  /** The stretch of time the timeline shows once settled (for the overview strip). */
  shownWindow: { start: string; end: string } | null;
  setShownWindow(w: { start: string; end: string }): void;
  hover: HoverStore;
  /** The event detail's heading (registered by its slot), for focusEventDetail. */
  detailHeading: FocusTarget;
  /** "Show in source": the document whose evidence the reader should focus. */
  evidenceFocus: RequestChannel<string>;
  commands: ExplorerCommands;
}

export const ExplorerContext = createContext<ExplorerController | null>(null);

/** The controller of the explorer around the caller (inside ExplorerProvider only). */
export function useExplorerController(): ExplorerController {
  const controller = useContext(ExplorerContext);
  if (!controller) throw new Error('useExplorerController: no ExplorerProvider above');
  return controller;
}
