import { EventDetail } from '../../../features/event/EventDetail';
import type { CorpusEvent } from '../../../domain/corpus/schema';
import { useCorpusIndex, useExplorerCommands, useExplorerLanguage } from '../explorer-selectors';

/** The selected event's detail, wired to the controller. */
export function EventDetailSlot({ event }: { event: CorpusEvent }) {
  const index = useCorpusIndex();
  const lang = useExplorerLanguage();
  const commands = useExplorerCommands();
  return (
    <EventDetail
      index={index}
      event={event}
      lang={lang}
      onSelectActor={commands.selectActor}
      onSelectPlace={commands.selectPlace}
      onShowEvidence={commands.openDocument}
      onClose={() => commands.selectEvent(null)}
    />
  );
}
