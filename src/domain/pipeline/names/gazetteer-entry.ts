/** A place of an offline gazetteer, with its names in both languages and where they come from. */
export interface GazetteerEntry {
  kind: 'city' | 'country';
  /** Arabic names, the first being the usual one. */
  ar: readonly string[];
  en: string;
  /** WGS84 coordinates, or null when the gazetteer gives none (a curator must add them). */
  lat: number | null;
  lon: number | null;
  /** ISO 3166-1 alpha-2 country code (the country itself for a country). */
  country: string;
  /** Where the names and coordinates come from, for a curator to check. */
  source: string;
}
