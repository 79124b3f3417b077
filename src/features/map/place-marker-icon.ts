import { divIcon, type DivIcon } from 'leaflet';
import { escapeHtml } from '../../ui/escape-html';
import { markerSize } from './marker-size';

export interface PlaceMarkerLook {
  /** The place name in the current language. */
  name: string;
  /** The number as shown in the badge. */
  countText: string;
  count: number;
  /** Placed only at country level: drawn hollow, with a dashed edge. */
  countryLevel: boolean;
  /** CSS background for the ring (see typeRing). */
  ring: string;
}

/**
 * The marker's look: a round badge (ring coloured by event type, the count inside) and the
 * place name beside it. Decorative only: the marker element carries the accessible name.
 */
export function placeMarkerIcon(look: PlaceMarkerLook): DivIcon {
  const size = markerSize(look.count);
  return divIcon({
    className: `athar-marker${look.countryLevel ? ' athar-marker--country' : ''}`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    html:
      `<span class="athar-marker__badge" aria-hidden="true" ` +
      `style="--athar-size: ${String(size)}px; --athar-ring: ${escapeHtml(look.ring)}">` +
      `<span class="athar-marker__count">${escapeHtml(look.countText)}</span></span>` +
      `<span class="athar-marker__label" aria-hidden="true">${escapeHtml(look.name)}</span>`,
  });
}
