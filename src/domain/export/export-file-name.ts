/** The name of an export file: athar-<corpus id>-<n>-events.<ext> (athar-x-1-event.csv for one). */
import { EXPORT_FORMATS, type ExportFormat } from './export-formats';

export function exportFileName(corpusId: string, count: number, format: ExportFormat): string {
  const safe = corpusId.replace(/[^A-Za-z0-9._-]+/g, '-') || 'corpus';
  return `athar-${safe}-${count}-${count === 1 ? 'event' : 'events'}.${EXPORT_FORMATS[format].extension}`;
}
