import { NetworkView } from '../../../features/network/NetworkView';
import {
  useCorpusIndex,
  useExplorerCommands,
  useExplorerEvents,
  useExplorerLanguage,
  useFilters,
  useSelection,
} from '../explorer-selectors';

/** Who meets whom among the shown events, wired to the controller. */
export function NetworkSlot() {
  const index = useCorpusIndex();
  const lang = useExplorerLanguage();
  const { shownIds } = useExplorerEvents();
  const { actors } = useFilters();
  const { actor } = useSelection();
  const commands = useExplorerCommands();
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
