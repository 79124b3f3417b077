import { DomUtil, type Map as LeafletMap } from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { declutter, type LayoutItem, type Rect } from './declutter';
import { MARKER_LAYOUT_EVENT } from './markerLayoutEvent';
import { markerSize } from './markerSize';
import type { PlaceGroup } from './placeGroups';

/** Leader lines: above the basemap and tiles, below the markers (600). */
const PANE = 'athar-leaders';
const PANE_Z_INDEX = '590';

/** Places before country-level markers, then more events first, then by id: stable. */
function byImportance(a: PlaceGroup, b: PlaceGroup): number {
  const ca = a.place.kind === 'country' ? 1 : 0;
  const cb = b.place.kind === 'country' ? 1 : 0;
  if (ca !== cb) return ca - cb;
  if (a.events.length !== b.events.length) return b.events.length - a.events.length;
  return a.place.id < b.place.id ? -1 : a.place.id > b.place.id ? 1 : 0;
}

/** The map's controls (zoom, tiles, credits) as rectangles in layer pixels. */
function controlRects(map: LeafletMap): Rect[] {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  return [...container.querySelectorAll<HTMLElement>('.leaflet-control')].flatMap((el) => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return [];
    const a = map.containerPointToLayerPoint([box.left - origin.left, box.top - origin.top]);
    const b = map.containerPointToLayerPoint([box.right - origin.left, box.bottom - origin.top]);
    return [{ x0: a.x, y0: a.y, x1: b.x, y1: b.y }];
  });
}

function setIfChanged(el: HTMLElement, property: string, value: string): void {
  if (el.style.getPropertyValue(property) !== value) el.style.setProperty(property, value);
}

function leaderPane(map: LeafletMap): HTMLElement {
  const existing = map.getPane(PANE);
  if (existing) return existing;
  const pane = map.createPane(PANE);
  pane.style.zIndex = PANE_Z_INDEX;
  pane.style.pointerEvents = 'none';
  return pane;
}

/**
 * Keeps markers legible at every zoom: a badge that would cover another, or lie under one of
 * the map's controls, moves aside (a thin leader line, drawn under all markers, points to the
 * true position), and a name that does not fit is hidden (it stays in the marker's accessible
 * name). Runs when the markers, the zoom or the view change.
 */
export function MarkerLayout({ groups, rtl }: { groups: readonly PlaceGroup[]; rtl: boolean }) {
  const map = useMap();
  // Label sizes by marker look and text: measuring forces a layout, and a label's size changes
  // only with its text and font (12px, nowrap; italic at country level; the language's font).
  const [labelSizes] = useState(() => new Map<string, [number, number]>());
  // The controls change place only with the map's size, the language or their own content:
  // measured again only then (measuring forces a layout of the page, ~20 ms on a busy one).
  const controlsRef = useRef<{ key: string; rects: Rect[] } | null>(null);
  useEffect(() => {
    const pane = leaderPane(map);
    const controlsNow = (size: { x: number; y: number }): Rect[] => {
      const text = [...map.getContainer().querySelectorAll('.leaflet-control')]
        .map((el) => el.textContent)
        .join('|');
      const key = `${String(size.x)}x${String(size.y)} ${String(rtl)} ${text}`;
      let controls = controlsRef.current;
      if (controls?.key !== key) {
        controls = { key, rects: controlRects(map) };
        controlsRef.current = controls;
      }
      return controls.rects;
    };
    const labelSize = (marker: HTMLElement | undefined): [number, number] => {
      const label = marker?.querySelector<HTMLElement>('.athar-marker__label');
      if (!marker || !label) return [0, 0];
      const key = `${String(rtl)} ${marker.className} ${label.textContent}`;
      let size = labelSizes.get(key);
      if (!size) {
        size = [label.offsetWidth, label.offsetHeight];
        if (size[0] > 0) labelSizes.set(key, size);
      }
      return size;
    };
    const layout = (): void => {
      const markers = map.getPane('markerPane');
      if (!markers) return;
      const elements = new Map<string, HTMLElement>();
      for (const el of markers.querySelectorAll<HTMLElement>('.athar-marker[data-place-id]'))
        elements.set(el.dataset.placeId ?? '', el);
      const items: LayoutItem[] = [...groups].sort(byImportance).map(({ place, events }) => {
        const p = map.latLngToLayerPoint([place.lat, place.lon]);
        const [labelWidth, labelHeight] = labelSize(elements.get(place.id));
        return {
          id: place.id,
          x: p.x,
          y: p.y,
          size: markerSize(events.length),
          labelWidth,
          labelHeight,
        };
      });
      const size = map.getSize();
      const topLeft = map.containerPointToLayerPoint([0, 0]);
      const view = { x0: topLeft.x, y0: topLeft.y, x1: topLeft.x + size.x, y1: topLeft.y + size.y };
      pane.replaceChildren();
      const placements = declutter(items, rtl, size.x > 0 ? view : null, controlsNow(size));
      for (const item of items) {
        const placement = placements.get(item.id);
        const el = elements.get(item.id);
        if (!placement || !el) continue;
        const { dx, dy, label } = placement;
        // Write only what changed: every write invalidates the markers' style.
        setIfChanged(el, '--athar-dx', `${String(dx)}px`);
        setIfChanged(el, '--athar-dy', `${String(dy)}px`);
        if (el.dataset.label !== label) el.dataset.label = label;
        if (dx === 0 && dy === 0) continue;
        const leader = DomUtil.create('div', 'athar-leader', pane);
        leader.dir = 'ltr'; // geometry, not text: inline-start is the map's left
        leader.dataset.placeId = item.id;
        leader.style.width = `${String(Math.hypot(dx, dy))}px`;
        leader.style.transform = `translate(${String(item.x)}px, ${String(item.y)}px) rotate(${String(Math.atan2(dy, dx))}rad)`;
      }
      map.fire(MARKER_LAYOUT_EVENT);
    };
    const hide = (): void => {
      pane.hidden = true;
    };
    // A move right after new markers (a filter re-fits the map) would lay them out twice in
    // one frame: later requests in a frame wait for the first.
    let frame: number | null = null;
    const showSoon = (): void => {
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        layout();
        pane.hidden = false;
      });
    };
    const resized = (): void => {
      controlsRef.current = null;
      showSoon();
    };
    layout();
    map.on('zoomstart', hide);
    map.on('zoomend viewreset moveend', showSoon);
    map.on('resize', resized);
    void document.fonts?.ready.then(showSoon);
    // A font finished loading: names may have changed size.
    const fontsLoaded = (): void => {
      labelSizes.clear();
      showSoon();
    };
    document.fonts?.addEventListener?.('loadingdone', fontsLoaded);
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      map.off('resize', resized);
      document.fonts?.removeEventListener?.('loadingdone', fontsLoaded);
      map.off('zoomstart', hide);
      map.off('zoomend viewreset moveend', showSoon);
      pane.replaceChildren();
    };
  }, [map, groups, rtl, labelSizes]);
  return null;
}
