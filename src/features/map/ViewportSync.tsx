import { latLng, latLngBounds, type Map as LeafletMap } from 'leaflet';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Viewport } from './viewport';

/** At most one view report per this many ms (the URL is replaced, not pushed, on a move). */
const REPORT_EVERY_MS = 250;
/** Room around fitted markers (px, at most this share of the map): more where names go. */
const FIT_PADDING = { side: 48, names: 150, share: 0.2 };
const FIT_MAX_ZOOM = 7;
const EMPTY_VIEW: Viewport = { lat: 28, lon: 15, zoom: 2 };

interface ViewportSyncProps {
  /** The view from the URL, or null to fit `points`. */
  view: Viewport | null;
  points: readonly [number, number][];
  /** Changes when `points` change (re-fits while `view` is null). */
  pointsKey: string;
  /** The selected event's place: panned into view when it changes and is off-screen. */
  selected: { eventId: string; lat: number; lon: number } | null;
  /** Names are written to the left of markers: leave room there when fitting. */
  rtl: boolean;
  onViewChange(view: Viewport): void;
}

function showsView(map: LeafletMap, view: Viewport): boolean {
  if (Math.abs(map.getZoom() - view.zoom) > 0.01) return false;
  const here = map.project(map.getCenter(), view.zoom);
  const there = map.project([view.lat, view.lon], view.zoom);
  return here.distanceTo(there) < 2;
}

function fit(map: LeafletMap, points: readonly [number, number][], rtl: boolean): void {
  if (points.length === 0) {
    map.setView([EMPTY_VIEW.lat, EMPTY_VIEW.lon], EMPTY_VIEW.zoom, { animate: false });
    return;
  }
  const size = map.getSize();
  const x = Math.min(FIT_PADDING.side, size.x * FIT_PADDING.share);
  const y = Math.min(FIT_PADDING.side, size.y * FIT_PADDING.share);
  const names = Math.min(FIT_PADDING.names, size.x * FIT_PADDING.share);
  map.fitBounds(latLngBounds(points.map(([lat, lon]) => latLng(lat, lon))), {
    paddingTopLeft: [rtl ? names : x, y],
    paddingBottomRight: [rtl ? x : names, y],
    maxZoom: FIT_MAX_ZOOM,
    animate: false,
  });
}

/**
 * Keeps the Leaflet view and the URL's view in step. Moves made here (applying the URL,
 * fitting, panning to a selection, resizing) and a popup's auto-pan are not reported; moves
 * made by the user are, throttled.
 */
export function ViewportSync({
  view,
  points,
  pointsKey,
  selected,
  rtl,
  onViewChange,
}: ViewportSyncProps) {
  const map = useMap();
  const quiet = useRef(0);
  /** Popup auto-pans under way: each ends with one moveend that is not the user's. */
  const autoPans = useRef(0);
  const applied = useRef<string | null>(null);
  const latest = useRef({ view, points, rtl, onViewChange });
  useEffect(() => {
    latest.current = { view, points, rtl, onViewChange };
  });

  const programmatic = useCallback((move: () => void): void => {
    quiet.current += 1;
    try {
      move();
    } finally {
      quiet.current -= 1;
    }
  }, []);

  // The URL's view, or a fit of the points when it has none.
  const lat = view?.lat;
  const lon = view?.lon;
  const zoom = view?.zoom;
  useLayoutEffect(() => {
    const target =
      lat !== undefined && lon !== undefined && zoom !== undefined ? { lat, lon, zoom } : null;
    const key = target
      ? `view:${String(lat)},${String(lon)},${String(zoom)}`
      : `fit:${rtl ? 'rtl' : 'ltr'}:${pointsKey}`;
    if (key === applied.current) return;
    applied.current = key;
    if (!target) programmatic(() => fit(map, points, rtl));
    else if (!showsView(map, target))
      programmatic(() => map.setView([target.lat, target.lon], target.zoom, { animate: false }));
  }, [map, lat, lon, zoom, points, pointsKey, rtl, programmatic]);

  // The selected event's place, brought into view if it is off-screen.
  const eventId = selected?.eventId;
  const selLat = selected?.lat;
  const selLon = selected?.lon;
  useEffect(() => {
    if (eventId === undefined || selLat === undefined || selLon === undefined) return;
    const p = map.latLngToContainerPoint([selLat, selLon]);
    const size = map.getSize();
    if (p.x < 0 || p.y < 0 || p.x > size.x || p.y > size.y)
      programmatic(() => map.panTo([selLat, selLon], { animate: false }));
  }, [map, eventId, selLat, selLon, programmatic]);

  // User moves, reported at most every REPORT_EVERY_MS (the last one always).
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = (): void => {
      timer = undefined;
      last = Date.now();
      const c = map.getCenter().wrap();
      latest.current.onViewChange({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
    };
    const onMoveEnd = (): void => {
      if (quiet.current > 0) return;
      if (autoPans.current > 0) {
        autoPans.current -= 1;
        return;
      }
      if (timer !== undefined) return;
      const wait = REPORT_EVERY_MS - (Date.now() - last);
      if (wait <= 0) report();
      else timer = setTimeout(report, wait);
    };
    const onAutoPan = (): void => {
      autoPans.current += 1;
    };
    map.on('moveend', onMoveEnd);
    map.on('autopanstart', onAutoPan);
    return () => {
      map.off('moveend', onMoveEnd);
      map.off('autopanstart', onAutoPan);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [map]);

  // The container was resized (layout, window, rotation): keep the centre, or re-fit.
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      programmatic(() => {
        const before = map.getSize();
        map.invalidateSize({ animate: false });
        if (map.getSize().equals(before)) return;
        if (!latest.current.view) fit(map, latest.current.points, latest.current.rtl);
      });
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map, programmatic]);

  return null;
}
