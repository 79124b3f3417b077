import { divIcon, type DivIcon } from 'leaflet';
import { escapeHtml } from '../../ui/escape-html';

/** At most this many places are drawn as dots in a cluster (its box still covers them all). */
const MAX_DOTS = 200;

export interface ClusterMarkerLook {
  /** The events of its places, as shown in the badge. */
  countText: string;
  /** Badge diameter (px). */
  badge: number;
  /** Side of the square its places lie in, centred on the badge (px, at least the badge). */
  area: number;
  /** Where its places are, in px from the badge's centre at this zoom. */
  members: readonly (readonly [number, number])[];
  /** The name written beside it, e.g. "Tripoli +2". */
  name: string;
}

/**
 * A cluster: a stacked badge with the count of events, and each of its places as a dot at its
 * true position with a thin spoke from the badge; the marker's box covers them all.
 * Decorative: the marker element carries the accessible name.
 */
export function clusterMarkerIcon(look: ClusterMarkerLook): DivIcon {
  const { area, badge } = look;
  const c = area / 2;
  // Places under the badge need no dot: the badge is on them.
  const members = look.members
    .filter(([dx, dy]) => Math.hypot(dx, dy) > badge / 2 + 2)
    .slice(0, MAX_DOTS);
  const spokes = members
    .map(([dx, dy]) => `M${String(c)} ${String(c)}L${(c + dx).toFixed(1)} ${(c + dy).toFixed(1)}`)
    .join('');
  const dots = members
    .map(([dx, dy]) => `<circle cx="${(c + dx).toFixed(1)}" cy="${(c + dy).toFixed(1)}" r="3"/>`)
    .join('');
  return divIcon({
    className: 'athar-marker athar-marker--cluster',
    iconSize: [area, area],
    iconAnchor: [c, c],
    html:
      `<svg class="athar-marker__area" aria-hidden="true" width="${String(area)}" height="${String(area)}">` +
      `<path d="${spokes}"/>${dots}</svg>` +
      `<span class="athar-marker__badge" aria-hidden="true" style="--athar-size: ${String(badge)}px">` +
      `<span class="athar-marker__count">${escapeHtml(look.countText)}</span></span>` +
      `<span class="athar-marker__label" aria-hidden="true">${escapeHtml(look.name)}</span>`,
  });
}
