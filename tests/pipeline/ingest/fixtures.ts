/**
 * Small Arabic texts and curation written for the ingest tests (invented people; real
 * towns of the basemap's gazetteer).
 */
import type { Actor, Place } from '../../../src/domain/corpus/schema';
import type { GazetteerEntry } from '../../../src/domain/pipeline/names/gazetteer-entry';

export function person(id: string, ar: string, en: string, aliases: string[] = []): Actor {
  return {
    id,
    kind: 'person',
    name: { ar, en },
    aliases: { ar: [ar, ...aliases], en: [] },
    role: { ar: 'اختبار', en: 'test' },
    affiliation: null,
    wikidata: null,
    reference: 'written for the tests',
  };
}

export const TRIPOLI: Place = {
  id: 'tripoli',
  kind: 'city',
  name: { ar: 'طرابلس', en: 'Tripoli' },
  aliases: { ar: ['طرابلس'], en: [] },
  lat: 32.88,
  lon: 13.19,
  country: null,
  wikidata: null,
  gazetteer: 'written for the tests',
};

/** A gazetteer as read-gazetteer.ts gives it, cut down to what the texts need. */
export const GAZETTEER: GazetteerEntry[] = [
  {
    kind: 'city',
    ar: ['مصراتة'],
    en: 'Misrata',
    lat: 32.3754,
    lon: 15.0925,
    country: 'LY',
    source: 'test gazetteer',
  },
  {
    kind: 'city',
    ar: ['سرت'],
    en: 'Sirte',
    lat: 31.2089,
    lon: 16.5887,
    country: 'LY',
    source: 'test gazetteer',
  },
  {
    kind: 'city',
    ar: ['تونس'],
    en: 'Tunis',
    lat: 36.819,
    lon: 10.1658,
    country: 'TN',
    source: 'test gazetteer',
  },
  {
    kind: 'country',
    ar: ['تونس'],
    en: 'Tunisia',
    lat: null,
    lon: null,
    country: 'TN',
    source: 'test gazetteer',
  },
];
