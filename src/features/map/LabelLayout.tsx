import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { MapItem } from './cluster-index';
import { placeLabels, type LabelItem, type Rect } from './label-placement';

/** The map's controls (zoom, tiles, credits, legend) as rectangles in layer pixels. */
function controlRects(map: LeafletMap): Rect[] {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  return [...container.querySelectorAll<HTMLElement>('.leaflet-control, .athar-edge')].flatMap(
    (el) => {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [];
      const a = map.containerPointToLayerPoint([box.left - origin.left, box.top - origin.top]);
      const b = map.containerPointToLayerPoint([box.right - origin.left, box.bottom - origin.top]);
      return [{ x0: a.x, y0: a.y, x1: b.x, y1: b.y }];
    },
  );
}

/** Marks before towns; among marks, clusters and places with more events first. */
function weight(el: HTMLElement): number {
  return Number(el.dataset.weight ?? '0');
}

/**
 * Writes names where they fit: beside each marker (after it, else before, above or below),
 * else not at all (the name stays in the marker's accessible name); the basemap's towns are
 * named only where no marker or marker name is, and only from their zoom on. Markers never
 * move. Runs once per frame after the markers, the zoom or the view change.
 */
export function LabelLayout({
  items,
  rtl,
  revision,
}: {
  items: readonly MapItem[];
  rtl: boolean;
  /** Changes when other labelled things (the basemap's towns) are drawn anew. */
  revision: string;
}) {
  const map = useMap();
  // Label sizes by look and text: measuring forces a layout, and a label's size changes only
  // with its text and font.
  const [labelSizes] = useState(() => new Map<string, [number, number]>());
  const controlsRef = useRef<{ key: string; rects: Rect[] } | null>(null);
  useEffect(() => {
    const controlsNow = (size: { x: number; y: number }): Rect[] => {
      const text = [...map.getContainer().querySelectorAll('.leaflet-control, .athar-edge')]
        .map((el) => `${el.textContent}${(el as HTMLElement).hidden ? 'h' : ''}`)
        .join('|');
      const key = `${String(size.x)}x${String(size.y)} ${String(rtl)} ${text}`;
      let controls = controlsRef.current;
      if (controls?.key !== key) {
        controls = { key, rects: controlRects(map) };
        controlsRef.current = controls;
      }
      return controls.rects;
    };
    const measure = (el: HTMLElement): [number, number] => {
      const label = el.querySelector<HTMLElement>('.athar-marker__label, .athar-town__label');
      if (!label) return [0, 0];
      const key = `${String(rtl)} ${el.className} ${label.textContent}`;
      let size = labelSizes.get(key);
      if (!size) {
        size = [label.offsetWidth, label.offsetHeight];
        if (size[0] > 0) labelSizes.set(key, size);
      }
      return size;
    };
    const itemOf = (el: HTMLElement, id: string): LabelItem | null => {
      const lat = Number(el.dataset.lat);
      const lon = Number(el.dataset.lon);
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
      const p = map.latLngToLayerPoint([lat, lon]);
      const [labelWidth, labelHeight] = measure(el);
      const size = Number(el.dataset.size ?? '') || el.offsetWidth;
      return { id, x: p.x, y: p.y, size, labelWidth, labelHeight };
    };
    const layout = (): void => {
      const container = map.getContainer();
      const size = map.getSize();
      if (size.x === 0) return;
      const zoom = map.getZoom();
      const marks = [...container.querySelectorAll<HTMLElement>('.athar-marker[data-lat]')].sort(
        (a, b) => weight(b) - weight(a),
      );
      const towns = [...container.querySelectorAll<HTMLElement>('.athar-town[data-lat]')];
      const byId = new Map<string, HTMLElement>();
      const markItems = marks.flatMap((el, i) => {
        const item = itemOf(el, `m${String(i)}`);
        if (!item) return [];
        byId.set(item.id, el);
        return [item];
      });
      // A town under a marker is that marker's place (Tripoli): the marker names it.
      const underMark = (t: LabelItem): boolean =>
        markItems.some((m) => Math.hypot(m.x - t.x, m.y - t.y) < m.size / 2 + 4);
      const townItems = towns.flatMap((el, i) => {
        const item = zoom >= Number(el.dataset.minZoom ?? '0') ? itemOf(el, `t${String(i)}`) : null;
        const shown = item !== null && !underMark(item);
        if (el.hidden === shown) el.hidden = !shown;
        if (!shown) return [];
        byId.set(item.id, el);
        return [item];
      });
      const topLeft = map.containerPointToLayerPoint([0, 0]);
      const view = { x0: topLeft.x, y0: topLeft.y, x1: topLeft.x + size.x, y1: topLeft.y + size.y };
      const sides = placeLabels(markItems, rtl, view, controlsNow(size), townItems);
      for (const [id, side] of sides) {
        const el = byId.get(id);
        // Write only what changed: every write invalidates the markers' style.
        if (el && el.dataset.label !== side) el.dataset.label = side;
      }
    };
    let frame: number | null = null;
    const soon = (): void => {
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        layout();
      });
    };
    const resized = (): void => {
      controlsRef.current = null;
      soon();
    };
    soon();
    map.on('zoomend viewreset moveend', soon);
    map.on('resize', resized);
    const fontsLoaded = (): void => {
      labelSizes.clear();
      soon();
    };
    void document.fonts?.ready.then(soon);
    document.fonts?.addEventListener?.('loadingdone', fontsLoaded);
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      map.off('zoomend viewreset moveend', soon);
      map.off('resize', resized);
      document.fonts?.removeEventListener?.('loadingdone', fontsLoaded);
    };
  }, [map, items, rtl, revision, labelSizes]);
  return null;
}
