import { DomEvent, latLngBounds } from 'leaflet';
import './map-strings';
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-leaflet';
import type { ClusterIndex, MapItem } from './cluster-index';

/** Places this close together (at zoom 3) share one pointer. */
const POINTER_ZOOM = 3;
const MAX_POINTERS = 6;
/** Distance from the map's edge (px). */
const INSET = 22;
/** Room kept between a pointer and a control or another pointer (px). */
const GAP = 4;
/** Zoom at most this far when flying to places off the map. */
const FLY_MAX_ZOOM = 9;

interface Pointer {
  key: string;
  x: number;
  y: number;
  /** Arrow direction, degrees clockwise from east. */
  angle: number;
  /** The edge it sits on: the button lies inside the map from there. */
  edge: 'left' | 'right' | 'top' | 'bottom';
  name: { ar: string; en: string };
  others: number;
  events: number;
  bounds: [[number, number], [number, number]];
}

function pointers(map: ReturnType<typeof useMap>, index: ClusterIndex): Pointer[] {
  const size = map.getSize();
  if (size.x === 0 || size.y === 0) return [];
  const cx = size.x / 2;
  const cy = size.y / 2;
  const onScreen = map.getBounds();
  const items: MapItem[] = index.items([-180, -90, 180, 90], POINTER_ZOOM);
  const out: Pointer[] = [];
  for (const item of items) {
    const groups = item.kind === 'place' ? [item.group] : item.groups;
    if (groups.some((g) => onScreen.contains([g.place.lat, g.place.lon]))) continue;
    const [top] = groups;
    if (!top) continue;
    const lat = item.kind === 'place' ? top.place.lat : item.lat;
    const lon = item.kind === 'place' ? top.place.lon : item.lon;
    const p = map.latLngToContainerPoint([lat, lon]);
    const dx = p.x - cx;
    const dy = p.y - cy;
    if (dx === 0 && dy === 0) continue;
    // Where the line from the centre towards the places leaves the inset rectangle.
    const sx = dx === 0 ? Infinity : (cx - INSET) / Math.abs(dx);
    const sy = dy === 0 ? Infinity : (cy - INSET) / Math.abs(dy);
    const s = Math.min(sx, sy);
    const edge = sx <= sy ? (dx < 0 ? 'left' : 'right') : dy < 0 ? 'top' : 'bottom';
    // Away from the corners, where the map's controls are: the arrow gives the direction.
    const clamp = (v: number, max: number): number => Math.min(max * 0.75, Math.max(max * 0.25, v));
    const x = edge === 'top' || edge === 'bottom' ? clamp(cx + dx * s, size.x) : cx + dx * s;
    const y = edge === 'left' || edge === 'right' ? clamp(cy + dy * s, size.y) : cy + dy * s;
    const lats = groups.map((g) => g.place.lat);
    const lons = groups.map((g) => g.place.lon);
    out.push({
      key: item.kind === 'place' ? top.place.id : `c${String(item.id)}`,
      x,
      y,
      edge,
      angle: (Math.atan2(dy, dx) * 180) / Math.PI,
      name: top.place.name,
      others: groups.length - 1,
      events: groups.reduce((n, g) => n + g.events.length, 0),
      bounds: [
        [Math.min(...lats), Math.min(...lons)],
        [Math.max(...lats), Math.max(...lons)],
      ],
    });
  }
  return out.sort((a, b) => b.events - a.events).slice(0, MAX_POINTERS);
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

interface EdgeIndicatorsProps {
  index: ClusterIndex;
  lang: 'ar' | 'en';
}

/**
 * Places off the map (New York, when the first view fits Libya and Turkey) are pointed at
 * from the map's edge: an arrow with their name; one click shows them.
 */
export function EdgeIndicators({ index, lang }: EdgeIndicatorsProps) {
  const map = useMap();
  const { t } = useTranslation('map', { lng: lang });
  const [layer] = useState(() => {
    const div = document.createElement('div');
    div.className = 'athar-edges';
    DomEvent.disableClickPropagation(div);
    DomEvent.disableScrollPropagation(div);
    return div;
  });
  const [moves, setMoves] = useState(0);
  useEffect(() => {
    map.getContainer().append(layer);
    const moved = (): void => setMoves((m) => m + 1);
    map.on('moveend zoomend resize', moved);
    moved(); // a move made before this listener was in place (the first fit)
    // The controls' corners grow and shrink (a control added, the legend opened): the pointers
    // are placed again around them.
    const corners =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => moved());
    for (const corner of map.getContainer().querySelectorAll('.leaflet-control-container > div'))
      corners?.observe(corner);
    return () => {
      map.off('moveend zoomend resize', moved);
      corners?.disconnect();
      layer.remove();
    };
  }, [map, layer]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const shown = useMemo(() => pointers(map, index), [map, index, moves]);
  // Off the map's controls and off each other: moved along its edge past what it would cover,
  // towards the edge's far end first, else back the other way; within the map.
  useLayoutEffect(() => {
    const container = map.getContainer();
    const taken = [...container.querySelectorAll('.leaflet-control')].map((el) =>
      el.getBoundingClientRect(),
    );
    const bounds = container.getBoundingClientRect();
    for (const [i, button] of layer.querySelectorAll<HTMLElement>('.athar-edge').entries()) {
      // From its own place each time (a control that has shrunk no longer pushes it).
      const p = shown[i];
      if (p) {
        button.style.left = `${String(p.x)}px`;
        button.style.top = `${String(p.y)}px`;
      }
      const vertical =
        button.classList.contains('athar-edge--left') ||
        button.classList.contains('athar-edge--right');
      const along = vertical ? 'top' : 'left';
      const from = button.style[along];
      const placed = (forward: boolean): boolean => {
        for (let tries = 0; tries < 8; tries++) {
          const b = button.getBoundingClientRect();
          const outside = vertical
            ? b.top < bounds.top || b.bottom > bounds.bottom
            : b.left < bounds.left || b.right > bounds.right;
          if (outside) return false;
          const hit = taken.find((c) => overlaps(b, c));
          if (!hit) return true;
          const now = Number.parseFloat(button.style[along]) || 0;
          const shift = vertical
            ? forward
              ? hit.bottom - b.top + GAP
              : hit.top - b.bottom - GAP
            : forward
              ? hit.right - b.left + GAP
              : hit.left - b.right - GAP;
          button.style[along] = `${String(now + shift)}px`;
        }
        return false;
      };
      if (!placed(true)) {
        button.style[along] = from;
        if (!placed(false)) button.style[along] = from;
      }
      taken.push(button.getBoundingClientRect());
    }
  });

  return createPortal(
    shown.map((p) => {
      const name = p.name[lang];
      const label = t('edge.label', {
        place: p.others > 0 ? t('edge.others', { name, count: p.others }) : name,
        events: t('cluster.events', { count: p.events }),
      });
      return (
        <button
          key={p.key}
          type="button"
          className={`athar-edge athar-edge--${p.edge}`}
          dir="ltr"
          style={{ left: `${String(p.x)}px`, top: `${String(p.y)}px` }}
          aria-label={label}
          title={label}
          onClick={() => {
            const bounds = latLngBounds(p.bounds);
            // A move of the user's (ViewportSync reports it, like a pan).
            map.fitBounds(bounds, { maxZoom: FLY_MAX_ZOOM, padding: [48, 48], animate: false });
          }}
        >
          <span
            className="athar-edge__arrow"
            aria-hidden="true"
            style={{ transform: `rotate(${String(p.angle)}deg)` }}
          />
          <span className="athar-edge__name" aria-hidden="true" lang={lang}>
            {p.others > 0 ? t('edge.others', { name, count: p.others }) : name}
          </span>
        </button>
      );
    }),
    layer,
  );
}
