/**
 * The name of an export file: athar-<corpus id>-<n>-events.<ext> (athar-x-1-event.csv for one).
 * The corpus id is cut to MAX_ID_CHARS (a 170-character id made names no file manager could
 * show), at a hyphen where one is near the end.
 */
import { EXPORT_FORMATS, type ExportFormat } from './export-formats';

const MAX_ID_CHARS = 40;

function shortId(corpusId: string): string {
  const safe = corpusId.replace(/[^A-Za-z0-9._-]+/g, '-');
  if (safe.length <= MAX_ID_CHARS) return safe || 'corpus';
  const cut = safe.slice(0, MAX_ID_CHARS);
  const hyphen = cut.lastIndexOf('-');
  const short = (hyphen >= MAX_ID_CHARS / 2 ? cut.slice(0, hyphen) : cut).replace(/[-.]+$/, '');
  return short || 'corpus';
}

export function exportFileName(corpusId: string, count: number, format: ExportFormat): string {
  return `athar-${shortId(corpusId)}-${count}-${count === 1 ? 'event' : 'events'}.${EXPORT_FORMATS[format].extension}`;
}
