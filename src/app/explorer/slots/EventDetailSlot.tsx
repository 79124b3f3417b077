import { EventDetail } from '../../../features/event/EventDetail';
import type { CorpusEvent } from '../../../domain/corpus/schema';
import {
  useCorpusIndex,
  useDetailHeading,
  useExplorerCommands,
  useExplorerEvents,
  useExplorerLanguage,
} from '../explorer-selectors';

/** The selected event's detail, wired to the controller. */
export function EventDetailSlot({ event }: { event: CorpusEvent }) {
  const index = useCorpusIndex();
  const lang = useExplorerLanguage();
  const commands = useExplorerCommands();
  const heading = useDetailHeading();
  const { shownIds } = useExplorerEvents();
  return (
    <EventDetail
      index={index}
      event={event}
      lang={lang}
      onSelectActor={commands.selectActor}
      onSelectPlace={commands.selectPlace}
      onShowEvidence={commands.showEvidence}
      headingRef={(el) => heading.set(event.id, el)}
      onClose={() => commands.selectEvent(null)}
      outsideFilters={!shownIds.has(event.id)}
    />
  );
}
