/** The text of an export file in the chosen format. */
import type { ExportIndex } from './export-index';
import type { CorpusEvent } from '../corpus/schema';
import type { ExportFormat } from './export-formats';
import { toCorpusJson } from './to-corpus-json';
import { toCsv } from './to-csv';
import { toGeoJson } from './to-geojson';
import { toICalendar } from './to-icalendar';

export function exportContent(
  format: ExportFormat,
  index: ExportIndex,
  events: readonly CorpusEvent[],
  lang: 'ar' | 'en',
  link: string,
): string {
  switch (format) {
    case 'csv':
      return toCsv(index, events, lang, link);
    case 'geojson':
      return `${JSON.stringify(toGeoJson(index, events, link), null, 2)}\n`;
    case 'json':
      return `${JSON.stringify(toCorpusJson(index, events, link), null, 2)}\n`;
    case 'ics':
      return toICalendar(index, events, lang, link);
  }
}
