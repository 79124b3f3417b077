/**
 * How the network is drawn to scale: circle radius by events (area grows with the count) and
 * line width by shared events, both relative to the largest in the network.
 */
import type { CoOccurrenceNetwork } from '../../domain/network/network';

export interface NetworkScales {
  radius(events: number): number;
  width(weight: number): number;
  maxRadius: number;
}

const MIN_RADIUS = 5;
const MAX_RADIUS = 18;

export function networkScales(
  network: Pick<CoOccurrenceNetwork, 'nodes' | 'links'>,
): NetworkScales {
  const maxEvents = Math.max(1, ...network.nodes.map((n) => n.events));
  const maxWeight = Math.max(1, ...network.links.map((l) => l.weight));
  return {
    radius: (events) => MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(events / maxEvents),
    width: (weight) => 1 + 5 * (maxWeight === 1 ? 0.2 : (weight - 1) / (maxWeight - 1)),
    maxRadius: MAX_RADIUS,
  };
}
