/**
 * The Web Worker that builds an export file off the main thread: it receives the parts of one
 * export (exportParts), reports how many events it has, and answers the file as a Blob (which
 * crosses back without a copy).
 */
import { exportCollector, type ExportPart } from '../../domain/export/export-job';
import { EXPORT_FORMATS } from '../../domain/export/export-formats';

export type ExportWorkerReply =
  | { kind: 'received'; events: number }
  | { kind: 'done'; blob: Blob }
  | { kind: 'failed'; detail: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ExportPart>) => void) | null;
  postMessage(message: ExportWorkerReply): void;
}

const scope = globalThis as unknown as WorkerScope;
let collector: ReturnType<typeof exportCollector> | null = null;
let mediaType = 'text/plain';

scope.onmessage = ({ data: part }) => {
  try {
    if (part.kind === 'header') {
      collector = exportCollector(part);
      mediaType = EXPORT_FORMATS[part.format].mediaType;
      return;
    }
    if (!collector) return;
    if (part.kind === 'end') {
      const blob = new Blob([collector.text()], { type: mediaType });
      collector = null;
      scope.postMessage({ kind: 'done', blob });
      return;
    }
    const events = collector.add(part);
    if (part.kind === 'events') scope.postMessage({ kind: 'received', events });
  } catch (err) {
    scope.postMessage({ kind: 'failed', detail: err instanceof Error ? err.message : String(err) });
  }
};
