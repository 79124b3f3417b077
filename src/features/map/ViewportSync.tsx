import { latLng, latLngBounds, type Map as LeafletMap } from 'leaflet';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { ClusterIndex } from './cluster-index';
import { robustFrame } from './robust-frame';
import type { Viewport } from './viewport';

/** At most one view report per this many ms (the URL is replaced, not pushed, on a move). */
const REPORT_EVERY_MS = 250;
/**
 * Room around fitted markers (px, at most this share of the map): more where names go (beside
 * the markers), above and below what the largest badge (60 px) needs.
 */
const FIT_PADDING = { side: 48, block: 30, names: 150, share: 0.2 };
const FIT_MAX_ZOOM = 7;
const EMPTY_VIEW: Viewport = { lat: 28, lon: 15, zoom: 2 };

/** A place to bring on screen on its own (zooming in until its cluster splits). */
export interface Reveal {
  placeId: string;
  lat: number;
  lon: number;
  /** A new token asks again for the same place. */
  token: number;
  /** The user asked (report the new view), or it follows a selection made elsewhere. */
  byUser: boolean;
}

interface ViewportSyncProps {
  /** The view from the URL, or null to fit `points` once. */
  view: Viewport | null;
  points: readonly [number, number][];
  /** Changes when `points` change. */
  pointsKey: string;
  /** The places, clustered: how far to zoom in to show one on its own. */
  index: ClusterIndex;
  /** A place to bring into view, e.g. the selected event's. */
  reveal: Reveal | null;
  /** Changes when the user asks to fit the shown events (a new number each time). */
  fitRequest: number;
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

/** Fits the places, all but far outliers (those stay reachable from the edge of the map). */
function fit(map: LeafletMap, all: readonly [number, number][], rtl: boolean): void {
  const points = robustFrame(all.map(([lat, lon]) => ({ lat, lon }))).flatMap((i) => {
    const p = all[i];
    return p ? [p] : [];
  });
  if (points.length === 0) {
    map.setView([EMPTY_VIEW.lat, EMPTY_VIEW.lon], EMPTY_VIEW.zoom, { animate: false });
    return;
  }
  const size = map.getSize();
  const x = Math.min(FIT_PADDING.side, size.x * FIT_PADDING.share);
  const y = Math.min(FIT_PADDING.block, size.y * FIT_PADDING.share);
  const names = Math.min(FIT_PADDING.names, size.x * FIT_PADDING.share);
  map.fitBounds(latLngBounds(points.map(([lat, lon]) => latLng(lat, lon))), {
    paddingTopLeft: [rtl ? names : x, y],
    paddingBottomRight: [rtl ? x : names, y],
    maxZoom: FIT_MAX_ZOOM,
    animate: false,
  });
}

/**
 * Keeps the Leaflet view and the URL's view in step. Without a view in the URL, the first
 * places shown are fitted once; filtering never moves the map by itself, the user asks
 * (`fitRequest`). Moves made here (applying the URL, fitting, revealing a selection, resizing)
 * and a popup's auto-pan are not reported; moves made by the user are, throttled, and so are
 * a fit and a reveal the user asked for.
 */
export function ViewportSync({
  view,
  points,
  pointsKey,
  index,
  reveal,
  fitRequest,
  rtl,
  onViewChange,
}: ViewportSyncProps) {
  const map = useMap();
  const quiet = useRef(0);
  /** Popup auto-pans under way: each ends with one moveend that is not the user's. */
  const autoPans = useRef(0);
  const applied = useRef<string | null>(null);
  /** The places the map was last fitted to (a resize or a language change fits them again). */
  const framed = useRef<readonly [number, number][] | null>(null);
  const latest = useRef({ view, points, rtl, index, onViewChange });
  useEffect(() => {
    latest.current = { view, points, rtl, index, onViewChange };
  });
  const report = useCallback((): void => {
    const c = map.getCenter().wrap();
    latest.current.onViewChange({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
  }, [map]);

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
    // Fitted once there are places; after that only a resize or the language fits again.
    const fitted = framed.current !== null;
    const key = target
      ? `view:${String(lat)},${String(lon)},${String(zoom)}`
      : `fit:${rtl ? 'rtl' : 'ltr'}:${fitted ? 'once' : pointsKey}`;
    if (key === applied.current) return;
    applied.current = key;
    if (!target) {
      const frame = framed.current ?? points;
      if (points.length > 0 && !fitted) framed.current = points;
      programmatic(() => fit(map, frame, rtl));
    } else if (!showsView(map, target))
      programmatic(() => map.setView([target.lat, target.lon], target.zoom, { animate: false }));
  }, [map, lat, lon, zoom, points, pointsKey, rtl, programmatic]);

  // The user asked to fit the shown events.
  const fits = useRef(fitRequest);
  useEffect(() => {
    if (fits.current === fitRequest) return;
    fits.current = fitRequest;
    framed.current = latest.current.points;
    programmatic(() => fit(map, latest.current.points, latest.current.rtl));
    report();
  }, [map, fitRequest, programmatic, report]);

  // A place brought into view: zoomed in until it is on its own, or panned to if off-screen.
  // Not on the first render: a link's view is shown as it is.
  const first = useRef(true);
  const token = reveal?.token;
  useEffect(() => {
    const wasFirst = first.current;
    first.current = false;
    if (!reveal || wasFirst) return;
    const { placeId, lat: rLat, lon: rLon, byUser } = reveal;
    const need = latest.current.index.zoomToShow(placeId, map.getZoom());
    const p = map.latLngToContainerPoint([rLat, rLon]);
    const size = map.getSize();
    const offScreen = p.x < 0 || p.y < 0 || p.x > size.x || p.y > size.y;
    if (need !== null && need > Math.floor(map.getZoom()) && need <= map.getMaxZoom())
      programmatic(() => map.setView([rLat, rLon], need, { animate: false }));
    else if (offScreen) programmatic(() => map.panTo([rLat, rLon], { animate: false }));
    else return;
    if (byUser) report();
    // Only a new token (or place) asks again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, token, reveal?.placeId, programmatic, report]);

  // User moves, reported at most every REPORT_EVERY_MS (the last one always).
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reportNow = (): void => {
      timer = undefined;
      last = Date.now();
      report();
    };
    const onMoveEnd = (): void => {
      if (quiet.current > 0) return;
      if (autoPans.current > 0) {
        autoPans.current -= 1;
        return;
      }
      if (timer !== undefined) return;
      const wait = REPORT_EVERY_MS - (Date.now() - last);
      if (wait <= 0) reportNow();
      else timer = setTimeout(reportNow, wait);
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
  }, [map, report]);

  // The container was resized (layout, window, rotation): keep the centre, or re-fit.
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      programmatic(() => {
        const before = map.getSize();
        map.invalidateSize({ animate: false });
        if (map.getSize().equals(before)) return;
        if (!latest.current.view)
          fit(map, framed.current ?? latest.current.points, latest.current.rtl);
      });
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map, programmatic]);

  return null;
}
