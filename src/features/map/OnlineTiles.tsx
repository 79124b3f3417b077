import { useEffect, useMemo } from 'react';
import { TileLayer, useMap } from 'react-leaflet';

const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
/** Tiles carry street detail; the embedded basemap is too coarse to zoom further than this. */
const TILES_MAX_ZOOM = 18;

/** The optional OpenStreetMap tile layer; `onError` when a tile fails to load. */
export function OnlineTiles({ onError }: { onError(): void }) {
  const map = useMap();
  const eventHandlers = useMemo(() => ({ tileerror: onError }), [onError]);
  useEffect(() => {
    const before = map.getMaxZoom();
    map.setMaxZoom(TILES_MAX_ZOOM);
    return () => {
      map.setMaxZoom(before);
    };
  }, [map]);
  return <TileLayer url={OSM_URL} maxZoom={TILES_MAX_ZOOM} eventHandlers={eventHandlers} />;
}
