import { describe, expect, it } from 'vitest';
import type { TimelineItem } from 'vis-timeline/peer';
import { canCluster, CLUSTER_OFF_BELOW } from '../../../src/features/timeline/canCluster';

const DAY = 86_400_000;
const wide = 365 * DAY;
const point = (id: string): TimelineItem => ({
  id,
  content: id,
  start: new Date(Date.UTC(2020, 6, 3)),
});
const range = (id: string, days: number): TimelineItem => ({
  id,
  content: id,
  start: new Date(Date.UTC(2020, 0, 1)),
  end: new Date(Date.UTC(2020, 0, 1) + days * DAY),
});

describe('canCluster', () => {
  it('clusters points and short ranges when zoomed out', () => {
    expect(canCluster(point('a'), point('b'), null, wide)).toBe(true);
    expect(canCluster(point('a'), range('m', 30), null, wide)).toBe(true);
  });

  it('never clusters the selected event', () => {
    expect(canCluster(point('a'), point('b'), 'a', wide)).toBe(false);
    expect(canCluster(point('a'), point('b'), 'b', wide)).toBe(false);
  });

  it('never clusters long ranges (a cluster would stretch over them)', () => {
    expect(canCluster(point('a'), range('y', 366), null, wide)).toBe(false);
    expect(canCluster(range('y', 366), point('a'), null, wide)).toBe(false);
  });

  it('stops clustering when zoomed in close, so same-day events can be told apart', () => {
    expect(canCluster(point('a'), point('b'), null, CLUSTER_OFF_BELOW)).toBe(false);
    expect(canCluster(point('a'), point('b'), null, CLUSTER_OFF_BELOW + DAY)).toBe(true);
  });
});
