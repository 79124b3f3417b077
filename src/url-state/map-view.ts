/**
 * The map view in the URL, as iD and openstreetmap.org write it: `zoom/lat/lon`, with as
 * many decimals as one screen pixel needs at that zoom (zoom 5 → 2, zoom 12 → 4, zoom 19 → 6).
 */
import type { MapView } from './view-state';

const MAX_ZOOM = 19;
const MAX_LAT = 85;

/** Decimals that resolve one 256-px-tile pixel at `zoom`: 360° / (256 · 2^zoom). */
export function mapPrecision(zoom: number): number {
  return Math.max(0, Math.ceil(zoom * Math.LOG10E * Math.LN2 + Math.log10(256 / 360)));
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0; // + 0 turns -0 into 0
}

function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** Clamps, wraps and rounds a view to what the URL can hold; null when not finite. */
export function normaliseMapView(view: MapView): MapView | null {
  if (![view.lat, view.lon, view.zoom].every(Number.isFinite)) return null;
  const zoom = round(Math.min(MAX_ZOOM, Math.max(0, view.zoom)), 2);
  const decimals = mapPrecision(zoom);
  const lat = round(Math.min(MAX_LAT, Math.max(-MAX_LAT, view.lat)), decimals);
  const lon = round(wrapLon(round(wrapLon(view.lon), decimals)), decimals);
  return { lat, lon, zoom };
}

/** `zoom/lat/lon`, e.g. `5/32.90/13.18`. */
export function formatMapView(view: MapView): string | null {
  const v = normaliseMapView(view);
  if (!v) return null;
  const decimals = mapPrecision(v.zoom);
  return `${String(v.zoom)}/${v.lat.toFixed(decimals)}/${v.lon.toFixed(decimals)}`;
}

const MAP_VIEW =
  /^(\d{1,2}(?:\.\d{1,6})?)\/(-?\d{1,3}(?:\.\d{1,12})?)\/(-?\d{1,3}(?:\.\d{1,12})?)$/;

/** The view written by formatMapView (or by hand), normalised; undefined when malformed. */
export function parseMapView(raw: string): MapView | undefined {
  const match = MAP_VIEW.exec(raw);
  if (!match) return undefined;
  const zoom = Number(match[1]);
  if (zoom > MAX_ZOOM) return undefined;
  return normaliseMapView({ zoom, lat: Number(match[2]), lon: Number(match[3]) }) ?? undefined;
}
