import { lazy } from 'react';
import {
  useCorpusIndex,
  useExplorerCommands,
  useExplorerEvents,
  useExplorerLanguage,
  useFilters,
  useSelection,
} from '../explorer-selectors';

type View = typeof import('../../../features/network/NetworkView').NetworkView;

// Who meets whom is a tab of its own: its layout code is not in the first page's bundle. It is
// fetched once the explorer is shown (preloadNetwork), so the tab opens at once, without a
// loading fallback; opened before the code is in, the tab waits for it (lazy).
let loaded: View | null = null;
const load = () =>
  import('../../../features/network/NetworkView').then((m) => {
    loaded = m.NetworkView;
    return { default: m.NetworkView };
  });
const LazyNetworkView = lazy(load);

/** Starts fetching the network view's code (the module is fetched once). */
export function preloadNetwork(): void {
  void load();
}

/** Who meets whom among the shown events, wired to the controller. */
export function NetworkSlot() {
  const index = useCorpusIndex();
  const lang = useExplorerLanguage();
  const { shownIds } = useExplorerEvents();
  const { actors } = useFilters();
  const { actor } = useSelection();
  const commands = useExplorerCommands();
  const NetworkView = loaded ?? LazyNetworkView;
  return (
    <NetworkView
      index={index}
      lang={lang}
      eventIds={shownIds}
      selectedActorId={actor}
      filter={actors}
      onSelectActor={commands.selectActor}
      onToggleFilter={commands.toggleActorFilter}
    />
  );
}
