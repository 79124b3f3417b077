import type { Map as LeafletMap } from 'leaflet';
import './map-strings';
import { joinIsolated } from '../../domain/text/isolate';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-leaflet';
import { memoPerObject } from '../../domain/corpus/memo-per-object';
import { ClusterMarker } from './ClusterMarker';
import type { Bounds, ClusterIndex, ClusterItem, MapItem } from './cluster-index';
import { markerSize } from './marker-size';
import { PlaceMarker, type MarkerState } from './PlaceMarker';
import type { PlaceGroup } from './place-groups';
import { typeRing } from './type-ring';

/** Per array of events: a place's events are the same array while the filters leave them be. */
const ringOf = memoPerObject(typeRing);
/** Room around a cluster's outermost place inside its box (px): a dot's radius and more. */
const AREA_MARGIN = 5;

/** What is drawn: places and clusters in (and a little beyond) the view, at its zoom. */
function itemsInView(map: LeafletMap, index: ClusterIndex): MapItem[] {
  const size = map.getSize();
  // No size (hidden, or a DOM without layout): nothing overlaps on screen, draw every place.
  if (size.x === 0 || size.y === 0) return index.items([-180, -90, 180, 90], Infinity);
  const b = map.getBounds().pad(0.25);
  const bounds: Bounds = [
    Math.max(-180, b.getWest()),
    Math.max(-90, b.getSouth()),
    Math.min(180, b.getEast()),
    Math.min(90, b.getNorth()),
  ];
  if (bounds[2] - bounds[0] >= 360 || b.getWest() < -180 || b.getEast() > 180)
    [bounds[0], bounds[2]] = [-180, 180];
  return index.items(bounds, map.getZoom());
}

/** Where a cluster's places are, from its centre (px at the map's zoom), and the box side. */
function spread(
  map: LeafletMap,
  item: ClusterItem,
  badge: number,
): { members: [number, number][]; area: number } {
  const zoom = map.getZoom();
  const centre = map.project([item.lat, item.lon], zoom);
  let far = 0;
  const members = item.groups.map(({ place }): [number, number] => {
    const p = map.project([place.lat, place.lon], zoom);
    const d: [number, number] = [Math.round(p.x - centre.x), Math.round(p.y - centre.y)];
    far = Math.max(far, Math.abs(d[0]), Math.abs(d[1]));
    return d;
  });
  return { members, area: Math.ceil(Math.max(badge, 2 * (far + AREA_MARGIN))) };
}

interface MapMarkersProps {
  index: ClusterIndex;
  lang: 'ar' | 'en';
  stateOf(placeId: string): MarkerState;
  onActivate(placeId: string): void;
  onActivateCluster(cluster: ClusterItem): void;
  /** The items drawn now (the label layout and the cluster popup follow them). */
  onItems(items: MapItem[]): void;
}

/**
 * Every place with shown events at its own coordinates, or, where places would overlap at
 * this zoom, their cluster (a count that splits as the map zooms in). Recomputed when the map
 * has moved and when the places change.
 */
export function MapMarkers({
  index,
  lang,
  stateOf,
  onActivate,
  onActivateCluster,
  onItems,
}: MapMarkersProps) {
  const map = useMap();
  const { t } = useTranslation('map', { lng: lang });
  const [view, setView] = useState(0);
  useEffect(() => {
    const moved = (): void => setView((v) => v + 1);
    map.on('moveend zoomend resize', moved);
    moved(); // a move made before this listener was in place (the first fit)
    return () => {
      map.off('moveend zoomend resize', moved);
    };
  }, [map]);
  // `view` counts the map's moves: a new list of items after each.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const items = useMemo(() => itemsInView(map, index), [map, index, view]);
  useEffect(() => onItems(items), [items, onItems]);

  const numbers = useMemo(
    () => new Intl.NumberFormat(lang === 'ar' ? 'ar-LY-u-nu-latn' : 'en-GB'),
    [lang],
  );
  const placeLook = useMemo(
    () =>
      memoPerObject(({ place, events }: PlaceGroup) => {
        const countryLevel = place.kind === 'country';
        const name = place.name[lang];
        const count = events.length;
        const countText = numbers.format(count);
        return {
          look: { name, count, countText, countryLevel, ring: ringOf(events) },
          label: t(countryLevel ? 'marker.country' : 'marker.place', { name, count }),
        };
      }),
    [lang, numbers, t],
  );
  const activateCluster = useMemo(() => {
    const byId = new Map(items.flatMap((i) => (i.kind === 'cluster' ? [[i.id, i] as const] : [])));
    return (id: number) => {
      const item = byId.get(id);
      if (item) onActivateCluster(item);
    };
  }, [items, onActivateCluster]);

  return items.map((item) => {
    if (item.kind === 'place') {
      const { place } = item.group;
      const { look, label } = placeLook(item.group);
      return (
        <PlaceMarker
          key={`p:${place.id}`}
          placeId={place.id}
          lat={place.lat}
          lon={place.lon}
          look={look}
          label={label}
          state={stateOf(place.id)}
          onActivate={onActivate}
        />
      );
    }
    const badge = markerSize(item.events) + 6;
    const [top] = item.groups;
    const others = item.groups.length - 1;
    const states = item.groups.map((g) => stateOf(g.place.id));
    const state: MarkerState = states.includes('selected')
      ? 'selected'
      : states.includes('hovered')
        ? 'hovered'
        : null;
    const names = item.groups.slice(0, 3).map((g) => g.place.name[lang]);
    const name = t('cluster.name', { name: top?.place.name[lang] ?? '', count: others });
    return (
      <ClusterMarker
        key={`c:${String(item.id)}`}
        clusterId={item.id}
        events={item.events}
        placeIds={item.groups.map((g) => g.place.id).join(' ')}
        lat={item.lat}
        lon={item.lon}
        look={{
          countText: numbers.format(item.events),
          badge,
          ...spread(map, item, badge),
          name,
        }}
        label={t('cluster.label', {
          // Starts with the words written beside it (WCAG 2.5.3, label in name).
          name,
          count: item.groups.length,
          events: t('cluster.events', { count: item.events }),
          names: joinIsolated(names, t('cluster.separator')),
        })}
        state={state}
        onActivate={activateCluster}
      />
    );
  });
}
