/**
 * An export cut into messages, so that a Web Worker can build it while the page stays
 * responsive: a header (the corpus's name, its actors and places, the calendar stamp), then
 * the cited documents and the events in chunks small enough to copy in a few milliseconds
 * each, then the end. `buildExport` turns the received parts back into the file's text.
 */
import type { Actor, Corpus, CorpusDocument, CorpusEvent, Place } from '../corpus/schema';
import { exportContent } from './export-content';
import type { ExportFormat } from './export-formats';
import type { ExportIndex } from './export-index';
import { textsInMemory } from '../corpus/document-texts';
import { exportSources } from './export-sources';
import { corpusStamp } from './to-icalendar';

/**
 * Events per message. Copying 1,000 events of the benchmark corpus took 130–430 ms per task on
 * a loaded 2-core machine (bench/hardening.mjs); 250 keep each copy a quarter of that.
 */
export const EVENTS_PER_PART = 250;
/** Characters of document text per message. */
const TEXT_PER_PART = 250_000;

export interface ExportHeader {
  kind: 'header';
  format: ExportFormat;
  lang: 'ar' | 'en';
  link: string;
  corpus: Pick<Corpus, 'version' | 'id' | 'name'>;
  actors: Actor[];
  places: Place[];
  /** The calendar's DTSTAMP, from the whole corpus (the worker sees only what is exported). */
  stamp: string;
  events: number;
}
export type ExportPart =
  | ExportHeader
  | { kind: 'documents'; documents: CorpusDocument[] }
  | { kind: 'events'; events: CorpusEvent[] }
  | { kind: 'end' };

/** The documents an export needs: all of each for the corpus JSON, else what names them. */
function neededDocuments(format: ExportFormat, documents: CorpusDocument[]): CorpusDocument[] {
  if (format === 'json') return documents;
  return documents.map((d) => ({ ...d, text: '', sentences: [], mentions: [] }));
}

/** The messages for one export, produced lazily (each is built just before it is sent). */
export function* exportParts(
  format: ExportFormat,
  index: ExportIndex,
  events: readonly CorpusEvent[],
  lang: 'ar' | 'en',
  link: string,
): Generator<ExportPart> {
  const { corpus } = index;
  yield {
    kind: 'header',
    format,
    lang,
    link,
    corpus: { version: corpus.version, id: corpus.id, name: corpus.name },
    actors: corpus.actors,
    places: corpus.places,
    stamp: corpusStamp(index),
    events: events.length,
  };
  let batch: CorpusDocument[] = [];
  let size = 0;
  for (const doc of neededDocuments(format, exportSources(index, events).documents)) {
    batch.push(doc);
    size += doc.text.length + 1000;
    if (size >= TEXT_PER_PART) {
      yield { kind: 'documents', documents: batch };
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) yield { kind: 'documents', documents: batch };
  for (let i = 0; i < events.length; i += EVENTS_PER_PART)
    yield { kind: 'events', events: events.slice(i, i + EVENTS_PER_PART) };
  yield { kind: 'end' };
}

/** Collects the parts of one export; `text()` builds the file once the end has come. */
export function exportCollector(header: ExportHeader) {
  const documents: CorpusDocument[] = [];
  const events: CorpusEvent[] = [];
  return {
    add(part: ExportPart): number {
      if (part.kind === 'documents') documents.push(...part.documents);
      if (part.kind === 'events') events.push(...part.events);
      return events.length;
    },
    text(): string {
      const corpus: Corpus = {
        ...header.corpus,
        documents,
        actors: header.actors,
        places: header.places,
        events,
      };
      const index = {
        corpus,
        actorsById: new Map(header.actors.map((a) => [a.id, a])),
        placesById: new Map(header.places.map((p) => [p.id, p])),
        texts: textsInMemory(documents),
        stamp: header.stamp,
      };
      return exportContent(header.format, index, events, header.lang, header.link);
    },
  };
}
