import { ActorPanel } from '../../../features/actors/ActorPanel';
import {
  useCorpusIndex,
  useExplorerCommands,
  useExplorerEvents,
  useExplorerLanguage,
  useFilters,
  useSelection,
} from '../explorer-selectors';

/** The actors, their filter and the open actor's details, wired to the controller. */
export function ActorPanelSlot() {
  const index = useCorpusIndex();
  const lang = useExplorerLanguage();
  const { shownIds } = useExplorerEvents();
  const { actors, actorMode } = useFilters();
  const { actor } = useSelection();
  const commands = useExplorerCommands();
  return (
    <ActorPanel
      index={index}
      lang={lang}
      visibleEventIds={shownIds}
      filter={actors}
      mode={actorMode}
      selectedActorId={actor}
      onToggleFilter={commands.toggleActorFilter}
      onModeChange={commands.setActorMode}
      onSelectActor={commands.selectActor}
    />
  );
}
