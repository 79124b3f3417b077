/**
 * The events as GeoJSON (RFC 7946): a FeatureCollection with a Point at each event's place,
 * [lon, lat]. Events without a place are listed, with the same properties, in the top-level
 * `unplaced` array; `source` names the corpus, the documents cited and the link that
 * reproduces the view (foreign members, which GeoJSON readers keep or ignore).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ExportIndex } from './export-index';
import type { Bilingual, CorpusEvent, DateValue } from '../corpus/schema';
import { eventDocuments } from './event-documents';
import { exportSources } from './export-sources';

interface EventProperties {
  id: string;
  type: string;
  title: Bilingual;
  summary: Bilingual;
  date: DateValue;
  place: { id: string; kind: string; name: Bilingual } | null;
  actors: { id: string; role: string; name: Bilingual | null }[];
  evidence_count: number;
  documents: string[];
}

export interface EventsGeoJson extends FeatureCollection<Point, EventProperties> {
  unplaced: EventProperties[];
  source: {
    corpus: { id: string; name: Bilingual };
    documents: { id: string; title: Bilingual; publisher: Bilingual; published: DateValue }[];
    link: string;
  };
}

function properties(index: ExportIndex, event: CorpusEvent): EventProperties {
  const place = event.place ? index.placesById.get(event.place) : undefined;
  return {
    id: event.id,
    type: event.type,
    title: event.title,
    summary: event.summary,
    date: event.date,
    place: place ? { id: place.id, kind: place.kind, name: place.name } : null,
    actors: event.actors.map((a) => ({
      id: a.id,
      role: a.role,
      name: index.actorsById.get(a.id)?.name ?? null,
    })),
    evidence_count: event.evidence.length,
    documents: eventDocuments(event),
  };
}

export function toGeoJson(
  index: ExportIndex,
  events: readonly CorpusEvent[],
  link: string,
): EventsGeoJson {
  const features: Feature<Point, EventProperties>[] = [];
  const unplaced: EventProperties[] = [];
  for (const event of events) {
    const place = event.place ? index.placesById.get(event.place) : undefined;
    if (place)
      features.push({
        type: 'Feature',
        id: event.id,
        geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
        properties: properties(index, event),
      });
    else unplaced.push(properties(index, event));
  }
  const sources = exportSources(index, events);
  return {
    type: 'FeatureCollection',
    features,
    unplaced,
    source: {
      corpus: sources.corpus,
      documents: sources.documents.map((d) => ({
        id: d.id,
        title: d.title,
        publisher: d.publisher,
        published: d.published,
      })),
      link,
    },
  };
}
