import { memo, useEffect, useMemo } from 'react';
import { Marker } from 'react-leaflet';
import { useActivatableMarker } from './useActivatableMarker';
import { clusterMarkerIcon, type ClusterMarkerLook } from './cluster-marker-icon';
import type { MarkerState } from './PlaceMarker';

interface ClusterMarkerProps {
  clusterId: number;
  /** Events of its places (cluster names come before place names). */
  events: number;
  /** Its places' ids, space-separated. */
  placeIds: string;
  lat: number;
  lon: number;
  look: ClusterMarkerLook;
  /** The accessible name, e.g. "3 places, 12 events: Tripoli, Mitiga, Tarhuna". */
  label: string;
  state: MarkerState;
  onActivate(clusterId: number): void;
}

/**
 * Places that overlap at this zoom, as one keyboard-focusable marker (Enter or Space opens
 * the list of its places, like a click).
 */
export const ClusterMarker = memo(function ClusterMarker({
  clusterId,
  events,
  placeIds,
  lat,
  lon,
  look,
  label,
  state,
  onActivate,
}: ClusterMarkerProps) {
  const { ref, position, eventHandlers } = useActivatableMarker(clusterId, lat, lon, onActivate);
  const icon = useMemo(() => clusterMarkerIcon(look), [look]);
  useEffect(() => {
    const el = ref.current?.getElement();
    if (!el) return;
    el.setAttribute('aria-label', label);
    el.setAttribute('aria-haspopup', 'dialog');
    el.setAttribute('data-cluster-id', String(clusterId));
    el.setAttribute('data-place-ids', placeIds);
    el.setAttribute('data-lat', String(lat));
    el.setAttribute('data-lon', String(lon));
    el.setAttribute('data-weight', String(2e6 + events));
    el.setAttribute('data-size', String(look.badge));
    el.style.setProperty('--athar-badge', `${String(look.badge)}px`);
    if (state) el.setAttribute('data-state', state);
    else el.removeAttribute('data-state');
  }, [ref, icon, label, clusterId, placeIds, state, lat, lon, events, look.badge]);
  // Below single places (a place is on top of a cluster's disc it may lie beside).
  const zIndexOffset = state === 'selected' ? 200000 : state === 'hovered' ? 100000 : -100000;
  return (
    <Marker
      ref={ref}
      position={position}
      icon={icon}
      keyboard
      zIndexOffset={zIndexOffset}
      eventHandlers={eventHandlers}
    />
  );
});
