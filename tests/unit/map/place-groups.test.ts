import { describe, expect, it } from 'vitest';
import { placeGroups } from '../../../src/features/map/place-groups';
import { EVENTS, PLACES } from './fixture';

describe('placeGroups', () => {
  it('groups events by place, in the order of the places, keeping event order', () => {
    const { groups } = placeGroups(PLACES, EVENTS);
    expect(groups.map((g) => g.place.id)).toEqual([
      'istanbul',
      'tripoli',
      'mitiga-airport',
      'tarhuna',
      'ankara',
      'un-headquarters',
      'libya',
      'turkey',
    ]);
    expect(groups[1]?.events.map((e) => e.id)).toEqual([
      'akar-visit',
      'akar-meets-sarraj',
      'akar-meets-namroush',
    ]);
  });

  it('keeps events without a place, and events whose place is unknown, apart', () => {
    const stray = { ...EVENTS[0], id: 'stray', place: 'atlantis' } as (typeof EVENTS)[number];
    const { groups, unplaced } = placeGroups(PLACES, [...EVENTS, stray]);
    expect(unplaced.map((e) => e.id)).toEqual(['call-unplaced', 'statement-unplaced', 'stray']);
    expect(groups.flatMap((g) => g.events).length + unplaced.length).toBe(EVENTS.length + 1);
  });

  it('gives no group to a place without events', () => {
    const { groups } = placeGroups(PLACES, []);
    expect(groups).toEqual([]);
  });
});
