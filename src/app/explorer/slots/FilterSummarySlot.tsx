import { FilterSummary } from '../../../features/filters/FilterSummary';
import {
  useCorpusIndex,
  useExplorerCommands,
  useExplorerLanguage,
  useFilters,
  useShownEvents,
} from '../explorer-selectors';

/** "Showing n of m events" and a chip per filter, wired to the controller. */
export function FilterSummarySlot() {
  const index = useCorpusIndex();
  const lang = useExplorerLanguage();
  const { actors, actorMode, places, types, from, to, q } = useFilters();
  const shown = useShownEvents();
  const commands = useExplorerCommands();
  return (
    <FilterSummary
      index={index}
      lang={lang}
      actors={actors}
      mode={actorMode}
      places={places}
      types={types}
      from={from}
      to={to}
      q={q}
      shown={shown.length}
      total={index.events.length}
      onRemove={commands.removeFilter}
      onClearAll={commands.clearFilters}
    />
  );
}
