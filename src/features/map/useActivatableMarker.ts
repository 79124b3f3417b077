import type { LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import { useMemo, useRef } from 'react';

/**
 * What a keyboard-focusable marker of the map needs (PlaceMarker, ClusterMarker): a ref to its
 * Leaflet marker, its position, and handlers that call `onActivate(id)` on a click and on
 * Enter or Space. Each is kept from render to render while its inputs are the same.
 */
export function useActivatableMarker<Id>(
  id: Id,
  lat: number,
  lon: number,
  onActivate: (id: Id) => void,
) {
  const ref = useRef<LeafletMarker>(null);
  const position = useMemo<[number, number]>(() => [lat, lon], [lat, lon]);
  const eventHandlers = useMemo(
    () => ({
      click: () => onActivate(id),
      keydown: (e: LeafletKeyboardEvent) => {
        if (e.originalEvent.key !== 'Enter' && e.originalEvent.key !== ' ') return;
        e.originalEvent.preventDefault();
        onActivate(id);
      },
    }),
    [onActivate, id],
  );
  return { ref, position, eventHandlers };
}
