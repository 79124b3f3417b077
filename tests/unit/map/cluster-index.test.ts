import { describe, expect, it } from 'vitest';
import { ClusterIndex } from '../../../src/features/map/cluster-index';
import { placeGroups } from '../../../src/features/map/placeGroups';
import { EVENTS, PLACES } from './fixture';

const WORLD: [number, number, number, number] = [-180, -90, 180, 90];
const { groups } = placeGroups(PLACES, EVENTS);

function placesAt(index: ClusterIndex, zoom: number): string[][] {
  return index
    .items(WORLD, zoom)
    .map((i) => (i.kind === 'place' ? [i.group.place.id] : i.groups.map((g) => g.place.id).sort()))
    .sort();
}

describe('ClusterIndex', () => {
  it('groups Tripoli, Mitiga and Tarhuna at zoom 6 and splits them as the map zooms in', () => {
    const index = new ClusterIndex(groups);
    const at6 = placesAt(index, 6);
    expect(at6).toContainEqual(['mitiga-airport', 'tarhuna', 'tripoli']);
    const at9 = placesAt(index, 9);
    expect(at9).toContainEqual(['tarhuna']);
    expect(placesAt(index, 11)).toContainEqual(['tripoli']);
    expect(placesAt(index, 11)).toContainEqual(['mitiga-airport']);
  });

  it('keeps every place once, at every zoom, and counts the events of a cluster', () => {
    const index = new ClusterIndex(groups);
    for (let zoom = 0; zoom <= 12; zoom++) {
      const items = index.items(WORLD, zoom);
      expect(items.flatMap((i) => (i.kind === 'place' ? [i.group] : i.groups)).length).toBe(
        groups.length,
      );
      for (const item of items) {
        if (item.kind !== 'cluster') continue;
        expect(item.events).toBe(item.groups.reduce((n, g) => n + g.events.length, 0));
        const [w, s, e, n] = item.bounds;
        for (const { place } of item.groups) {
          expect(place.lon).toBeGreaterThanOrEqual(w);
          expect(place.lon).toBeLessThanOrEqual(e);
          expect(place.lat).toBeGreaterThanOrEqual(s);
          expect(place.lat).toBeLessThanOrEqual(n);
        }
      }
    }
  });

  it('says from which zoom a place is drawn on its own', () => {
    const index = new ClusterIndex(groups);
    const zoom = index.zoomToShow('mitiga-airport', 3);
    expect(zoom).not.toBeNull();
    expect(placesAt(index, zoom ?? 0)).toContainEqual(['mitiga-airport']);
    expect(placesAt(index, (zoom ?? 0) - 1)).not.toContainEqual(['mitiga-airport']);
    expect(index.zoomToShow('nowhere', 3)).toBeNull();
  });
});
