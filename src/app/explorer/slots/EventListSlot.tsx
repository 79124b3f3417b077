import { EventList } from '../../../features/events-list/EventList';
import {
  useCorpusIndex,
  useExplorerCommands,
  useExplorerLanguage,
  useFrontView,
  useHoverStore,
  useSelection,
  useShownEvents,
} from '../explorer-selectors';

/** The list of the shown events, wired to the controller. */
export function EventListSlot() {
  const index = useCorpusIndex();
  const lang = useExplorerLanguage();
  const events = useShownEvents();
  const { event } = useSelection();
  const { returnTo } = useFrontView();
  const hover = useHoverStore();
  const commands = useExplorerCommands();
  return (
    <EventList
      index={index}
      events={events}
      lang={lang}
      selectedId={event}
      hovered={hover}
      onSelect={commands.selectEvent}
      onHover={commands.hoverEvent}
      onOpenDetail={commands.focusEventDetail}
      returnTo={returnTo}
    />
  );
}
