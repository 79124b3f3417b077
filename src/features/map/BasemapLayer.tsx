import type { Feature, FeatureCollection, Point } from 'geojson';
import { divIcon, geoJSON, layerGroup, marker, type PathOptions } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { escapeHtml } from '../../ui/escape-html';

/** Below the tile pane (200), so online tiles, when they load, cover the embedded map. */
const PANE = 'athar-basemap';
const PANE_Z_INDEX = '150';
/** Town names: above tiles and shapes (400), below the event markers (600). */
const TOWN_PANE = 'athar-towns';
const TOWN_PANE_Z_INDEX = '450';

// Fill only: clipping leaves zero-width edges along the cuts, which a stroke would show.
// Non-zero: the pieces overlap (see OVERLAP in build-basemap.ts), which even-odd would punch out.
const LAND: PathOptions = {
  stroke: false,
  fillColor: '#ece6d6',
  fillOpacity: 1,
  fillRule: 'nonzero',
};
const BORDER: PathOptions = { color: '#8c8372', weight: 1, opacity: 0.9, fill: false };

interface TownProps {
  kind: 'town';
  en: string;
  ar: string;
  minZoom: number;
}

function isTown(f: Feature): f is Feature<Point, TownProps> {
  return (
    f.geometry.type === 'Point' && (f.properties as { kind?: unknown } | null)?.kind === 'town'
  );
}

function pane(map: ReturnType<typeof useMap>, name: string, zIndex: string): void {
  if (map.getPane(name)) return;
  const created = map.createPane(name);
  created.style.zIndex = zIndex;
  if (name === TOWN_PANE) created.style.pointerEvents = 'none';
}

/**
 * The embedded basemap (see src/pipeline/build-basemap.ts): land, then coasts and borders,
 * then towns named in the current language (a dot and a name; LabelLayout shows a name only
 * from its zoom on and where no marker or marker name is). Towns are scenery: hidden from
 * assistive technology, which has the places of the events.
 */
export function BasemapLayer({ data, lang }: { data: FeatureCollection; lang: 'ar' | 'en' }) {
  const map = useMap();
  const { shapes, towns } = useMemo(
    () => ({
      shapes: { ...data, features: data.features.filter((f) => !isTown(f)) },
      towns: data.features.filter(isTown),
    }),
    [data],
  );
  useEffect(() => {
    pane(map, PANE, PANE_Z_INDEX);
    const layer = geoJSON(shapes, {
      pane: PANE,
      interactive: false,
      style: (feature) => (feature?.properties?.kind === 'border' ? BORDER : LAND),
    });
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, shapes]);
  useEffect(() => {
    pane(map, TOWN_PANE, TOWN_PANE_Z_INDEX);
    const group = layerGroup(
      towns.map(({ geometry, properties }) => {
        const [lon = 0, lat = 0] = geometry.coordinates;
        const town = marker([lat, lon], {
          pane: TOWN_PANE,
          interactive: false,
          keyboard: false,
          icon: divIcon({
            className: 'athar-town',
            iconSize: [6, 6],
            iconAnchor: [3, 3],
            html: `<span class="athar-town__label" lang="${lang}">${escapeHtml(properties[lang])}</span>`,
          }),
        });
        town.on('add', () => {
          const el = town.getElement();
          if (!el) return;
          el.setAttribute('aria-hidden', 'true');
          el.dataset.lat = String(lat);
          el.dataset.lon = String(lon);
          el.dataset.minZoom = String(properties.minZoom);
          el.hidden = map.getZoom() < properties.minZoom;
        });
        return town;
      }),
    );
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, towns, lang]);
  return null;
}
