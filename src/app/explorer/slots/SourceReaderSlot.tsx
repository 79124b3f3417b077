import { lazy } from 'react';
import type { CorpusEvent } from '../../../domain/corpus/schema';
import {
  useCorpusIndex,
  useExplorerCommands,
  useEvidenceFocus,
  useExplorerLanguage,
  useFilters,
} from '../explorer-selectors';

// The reader (with its windowing) loads beside the corpus, not in the first bundle.
const SourceReader = lazy(() =>
  import('../../../features/source/SourceReader').then((m) => ({ default: m.SourceReader })),
);

/** The source reader on `documentId`, the selected event's evidence marked, wired up. */
export function SourceReaderSlot({
  documentId,
  event,
}: {
  documentId: string;
  event: CorpusEvent | null;
}) {
  const index = useCorpusIndex();
  const lang = useExplorerLanguage();
  const { actors } = useFilters();
  const commands = useExplorerCommands();
  const evidenceFocus = useEvidenceFocus();
  return (
    <SourceReader
      index={index}
      documentId={documentId}
      lang={lang}
      selectedEvent={event}
      highlightedEntities={actors}
      onSelectEntity={commands.selectEntity}
      onSelectDocument={commands.openDocument}
      evidenceRequests={evidenceFocus}
    />
  );
}
