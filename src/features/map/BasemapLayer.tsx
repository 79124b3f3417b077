import type { FeatureCollection } from 'geojson';
import { geoJSON, type PathOptions } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Below the tile pane (200), so online tiles, when they load, cover the embedded map. */
const PANE = 'athar-basemap';
const PANE_Z_INDEX = '150';

// Fill only: clipping leaves zero-width edges along the cuts, which a stroke would show.
// Non-zero: the pieces overlap (see OVERLAP in build-basemap.ts), which even-odd would punch out.
const LAND: PathOptions = {
  stroke: false,
  fillColor: '#ece6d6',
  fillOpacity: 1,
  fillRule: 'nonzero',
};
const BORDER: PathOptions = { color: '#8c8372', weight: 1, opacity: 0.9, fill: false };

/** The embedded Natural Earth map (see src/pipeline/build-basemap.ts): land, then borders. */
export function BasemapLayer({ data }: { data: FeatureCollection }) {
  const map = useMap();
  useEffect(() => {
    if (!map.getPane(PANE)) {
      const pane = map.createPane(PANE);
      pane.style.zIndex = PANE_Z_INDEX;
    }
    const layer = geoJSON(data, {
      pane: PANE,
      interactive: false,
      style: (feature) => (feature?.properties?.kind === 'border' ? BORDER : LAND),
    });
    layer.addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, data]);
  return null;
}
