import Supercluster from 'supercluster';
import type { PlaceGroup } from './place-groups';

/**
 * Places closer than this (px at the zoom, in Leaflet's 256-px tiles) share a cluster: about
 * the sum of two badges' radii, so badges do not pile up.
 */
const CLUSTER_RADIUS_PX = 32;
/**
 * Above this zoom nothing is clustered (places at the very same spot share a cluster): at 14,
 * places about 150 m apart are drawn apart.
 */
const CLUSTER_MAX_ZOOM = 14;

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

interface PointProps {
  /** Index into the groups, sorted most events first: a smaller index comes first. */
  i: number;
}

/** What a cluster knows of its places, summed up as supercluster merges them. */
interface Summary {
  events: number;
  w: number;
  s: number;
  e: number;
  n: number;
  /**
   * Its places (indices into the groups): summed up here, cheaper than asking for leaves. A
   * new cluster's summary starts as a shallow copy of its first child's: its array is copied
   * once (`owned` holds the summaries that have their own), then appended to.
   */
  ids: number[];
}

export interface ClusterItem {
  kind: 'cluster';
  id: number;
  lat: number;
  lon: number;
  /** The events of all its places. */
  events: number;
  /** Its places, most events first. */
  groups: PlaceGroup[];
  /** The box of its places. */
  bounds: Bounds;
}

export type MapItem = { kind: 'place'; group: PlaceGroup } | ClusterItem;

function byEvents(a: PlaceGroup, b: PlaceGroup): number {
  if (a.events.length !== b.events.length) return b.events.length - a.events.length;
  return a.place.id < b.place.id ? -1 : a.place.id > b.place.id ? 1 : 0;
}

/**
 * The places with shown events, clustered with supercluster: each place stays at its own
 * coordinates; places that would overlap at a zoom are one cluster there, which splits as the
 * map zooms in. Pure: no DOM, no Leaflet.
 */
export class ClusterIndex {
  private readonly index: Supercluster<PointProps, Summary>;
  private readonly groups: readonly PlaceGroup[];
  private readonly position = new Map<string, number>();

  constructor(unsorted: readonly PlaceGroup[]) {
    // Most events first: a cluster's places are then its indices in increasing order.
    const groups = [...unsorted].sort(byEvents);
    this.groups = groups;
    groups.forEach((g, i) => this.position.set(g.place.id, i));
    const owned = new WeakSet<Summary>();
    this.index = new Supercluster<PointProps, Summary>({
      radius: CLUSTER_RADIUS_PX,
      extent: 256,
      maxZoom: CLUSTER_MAX_ZOOM,
      map: ({ i }) => {
        const { place, events } = groups[i] ?? { place: { lat: 0, lon: 0 }, events: [] };
        return {
          events: events.length,
          w: place.lon,
          s: place.lat,
          e: place.lon,
          n: place.lat,
          ids: [i],
        };
      },
      reduce: (a, b) => {
        a.events += b.events;
        a.w = Math.min(a.w, b.w);
        a.s = Math.min(a.s, b.s);
        a.e = Math.max(a.e, b.e);
        a.n = Math.max(a.n, b.n);
        if (!owned.has(a)) {
          a.ids = a.ids.slice();
          owned.add(a);
        }
        for (const id of b.ids) a.ids.push(id);
      },
    });
    this.index.load(
      groups.map(({ place }, i) => ({
        type: 'Feature' as const,
        properties: { i },
        geometry: { type: 'Point' as const, coordinates: [place.lon, place.lat] },
      })),
    );
  }

  /** Places and clusters in `bounds` at `zoom` (fractional zooms cluster as the zoom below). */
  items(bounds: Bounds, zoom: number): MapItem[] {
    const out: MapItem[] = [];
    for (const f of this.index.getClusters(bounds, Math.floor(zoom))) {
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      const p = f.properties;
      if ('cluster' in p && p.cluster) {
        const groups: PlaceGroup[] = [];
        for (const i of Uint32Array.from(p.ids).sort()) {
          const group = this.groups[i];
          if (group) groups.push(group);
        }
        out.push({
          kind: 'cluster',
          id: p.cluster_id,
          lat,
          lon,
          events: p.events,
          groups,
          bounds: [p.w, p.s, p.e, p.n],
        });
      } else {
        const group = this.groups[(p as PointProps).i];
        if (group) out.push({ kind: 'place', group });
      }
    }
    return out;
  }

  /**
   * The lowest whole zoom, from `from` on, at which the place is drawn on its own, or null
   * when it never is (another place at the very same spot).
   */
  zoomToShow(placeId: string, from: number): number | null {
    const i = this.position.get(placeId);
    const group = i === undefined ? undefined : this.groups[i];
    if (!group) return null;
    const { lat, lon } = group.place;
    const e = 1e-6;
    for (let z = Math.max(0, Math.floor(from)); z <= CLUSTER_MAX_ZOOM + 1; z++) {
      const alone = this.index
        .getClusters([lon - e, lat - e, lon + e, lat + e], z)
        .some((f) => !('cluster' in f.properties) && f.properties.i === i);
      if (alone) return z;
    }
    return null;
  }
}
