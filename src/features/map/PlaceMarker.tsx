import { memo, useEffect, useMemo } from 'react';
import { Marker } from 'react-leaflet';
import { useActivatableMarker } from './useActivatableMarker';
import { placeMarkerIcon, type PlaceMarkerLook } from './place-marker-icon';

export type MarkerState = 'selected' | 'hovered' | null;

interface PlaceMarkerProps {
  placeId: string;
  lat: number;
  lon: number;
  look: PlaceMarkerLook;
  /** The accessible name, e.g. "Tripoli: 9 events". */
  label: string;
  state: MarkerState;
  onActivate(placeId: string): void;
}

/**
 * One place on the map: a keyboard-focusable Leaflet marker (Enter or Space activates it,
 * like a click). The icon is rebuilt only when its look changes; the state and the
 * accessible name are attributes on the same element, so focus survives every update.
 * Memoised: hovering an event re-renders only the markers whose state changes.
 */
export const PlaceMarker = memo(function PlaceMarker({
  placeId,
  lat,
  lon,
  look,
  label,
  state,
  onActivate,
}: PlaceMarkerProps) {
  const { ref, position, eventHandlers } = useActivatableMarker(placeId, lat, lon, onActivate);
  const { name, countText, count, countryLevel, ring } = look;
  const icon = useMemo(
    () => placeMarkerIcon({ name, countText, count, countryLevel, ring }),
    [name, countText, count, countryLevel, ring],
  );

  useEffect(() => {
    const el = ref.current?.getElement();
    if (!el) return;
    el.setAttribute('aria-label', label);
    el.setAttribute('data-place-id', placeId);
    // For the label layout: where the place is, and how much its name matters.
    el.setAttribute('data-lat', String(lat));
    el.setAttribute('data-lon', String(lon));
    el.setAttribute('data-weight', String(count + (countryLevel ? 0 : 1e6)));
    if (state) el.setAttribute('data-state', state);
    else el.removeAttribute('data-state');
    if (state === 'selected') el.setAttribute('aria-current', 'true');
    else el.removeAttribute('aria-current');
  }, [ref, icon, label, placeId, state, lat, lon, count, countryLevel]);

  // Markers with more events above; the highlighted one above all.
  const zIndexOffset =
    (state === 'selected' ? 200000 : state === 'hovered' ? 100000 : 0) + 10 * count;
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
