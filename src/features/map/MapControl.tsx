import { Control, DomEvent, DomUtil, type ControlPosition } from 'leaflet';
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';

interface MapControlProps {
  position: ControlPosition;
  className?: string;
  children: ReactNode;
}

/**
 * A Leaflet control whose content is React: created once, moved with setPosition. Clicks and
 * scrolls inside it do not reach the map.
 */
export function MapControl({ position, className, children }: MapControlProps) {
  const map = useMap();
  const [container] = useState(() => {
    const div = DomUtil.create('div', `leaflet-bar athar-control ${className ?? ''}`.trim());
    DomEvent.disableClickPropagation(div);
    DomEvent.disableScrollPropagation(div);
    return div;
  });
  const [control] = useState(() => {
    const c = new Control({ position });
    c.onAdd = () => container;
    return c;
  });
  useEffect(() => {
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [map, control]);
  useEffect(() => {
    if (control.getPosition() !== position) control.setPosition(position);
  }, [control, position]);
  return createPortal(children, container);
}
