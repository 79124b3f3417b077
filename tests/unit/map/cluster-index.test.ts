import { describe, expect, it } from 'vitest';
import type { CorpusEvent, Place } from '../../../src/domain/corpus/schema';
import { ClusterIndex } from '../../../src/features/map/cluster-index';
import type { PlaceGroup } from '../../../src/features/map/place-groups';
import { placeGroups } from '../../../src/features/map/place-groups';
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

  it('lists each place once at every zoom, a cluster’s places most events first (2,000 places)', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const many: PlaceGroup[] = Array.from({ length: 2000 }, (_, i) => ({
      place: { id: `p${String(i)}`, lat: 25 + random() * 17, lon: -5 + random() * 45 } as Place,
      events: Array.from({ length: 1 + Math.floor(random() * 50) }, () => ({}) as CorpusEvent),
    }));
    const index = new ClusterIndex(many);
    for (let zoom = 0; zoom <= 15; zoom++) {
      const ids = index
        .items(WORLD, zoom)
        .flatMap((i) => (i.kind === 'place' ? [i.group] : i.groups))
        .map((g) => g.place.id);
      expect(new Set(ids).size, `zoom ${String(zoom)}`).toBe(many.length);
      expect(ids.length, `zoom ${String(zoom)}`).toBe(many.length);
      for (const item of index.items(WORLD, zoom)) {
        if (item.kind !== 'cluster') continue;
        const counts = item.groups.map((g) => g.events.length);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
      }
    }
  });
});
