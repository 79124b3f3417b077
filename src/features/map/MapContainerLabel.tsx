import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Names the map's focusable container for assistive technology. */
export function MapContainerLabel({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', label);
  }, [map, label]);
  return null;
}
