/**
 * The events as CSV for spreadsheets: RFC 4180 (CRLF, quoted fields), UTF-8 with a byte-order
 * mark so Excel reads the Arabic, one row per event. Names are in `lang`. Every row names its
 * source (the corpus) and the link that reproduces the view, so a row keeps its provenance when
 * it is copied elsewhere.
 */
import type { ExportIndex } from './export-index';
import type { CorpusEvent } from '../corpus/schema';
import { joinIsolated } from '../text/isolate';
import { csvField } from './csv-field';
import { eventDocuments } from './event-documents';

export const CSV_COLUMNS = [
  'id',
  'type',
  'title',
  'date_start',
  'date_end',
  'precision',
  'basis',
  'place',
  'lat',
  'lon',
  'actors',
  'evidence_count',
  'documents',
  'source',
  'link',
] as const;

const BOM = '\uFEFF';
const CRLF = '\r\n';

export function toCsv(
  index: ExportIndex,
  events: readonly CorpusEvent[],
  lang: 'ar' | 'en',
  link: string,
): string {
  const source = `${index.corpus.name[lang]} (${index.corpus.id})`;
  const rows = events.map((event) => {
    const place = event.place ? index.placesById.get(event.place) : undefined;
    const actors = joinIsolated(
      event.actors.map((a) => index.actorsById.get(a.id)?.name[lang] ?? a.id),
      '; ',
    );
    return [
      event.id,
      event.type,
      event.title[lang],
      event.date.start,
      event.date.end,
      event.date.precision,
      event.date.basis,
      place?.name[lang] ?? null,
      place?.lat ?? null,
      place?.lon ?? null,
      actors,
      event.evidence.length,
      eventDocuments(event).join('; '),
      source,
      link,
    ]
      .map(csvField)
      .join(',');
  });
  return BOM + [CSV_COLUMNS.join(','), ...rows].join(CRLF) + CRLF;
}
