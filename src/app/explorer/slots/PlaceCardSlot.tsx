import { PlaceCard } from '../../../features/place/PlaceCard';
import {
  useCorpusIndex,
  useExplorerCommands,
  useExplorerLanguage,
  useFilters,
} from '../explorer-selectors';

/** The selected place's card, wired to the controller. */
export function PlaceCardSlot({ placeId }: { placeId: string }) {
  const index = useCorpusIndex();
  const lang = useExplorerLanguage();
  const { places } = useFilters();
  const commands = useExplorerCommands();
  return (
    <PlaceCard
      index={index}
      placeId={placeId}
      lang={lang}
      filtered={places.includes(placeId)}
      onToggleFilter={commands.togglePlaceFilter}
      onSelectEvent={commands.selectEvent}
      onClose={() => commands.selectPlace(null)}
    />
  );
}
