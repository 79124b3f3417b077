import { describe, expect, it } from 'vitest';
import { robustFrame } from '../../../src/features/map/robust-frame';

const P = {
  istanbul: { lat: 41.01, lon: 28.95 },
  tripoli: { lat: 32.88, lon: 13.19 },
  mitiga: { lat: 32.89, lon: 13.28 },
  tarhuna: { lat: 32.44, lon: 13.63 },
  libya: { lat: 25, lon: 17 },
  un: { lat: 40.75, lon: -73.97 },
  ankara: { lat: 39.92, lon: 32.85 },
};

describe('robustFrame', () => {
  it('leaves New York out of a story in Libya and Turkey', () => {
    const points = [P.istanbul, P.tripoli, P.mitiga, P.tarhuna, P.un, P.libya];
    expect(robustFrame(points)).toEqual([0, 1, 2, 3, 5]);
  });

  it('keeps every place when none is far from the rest', () => {
    const points = [P.istanbul, P.tripoli, P.mitiga, P.tarhuna, P.ankara, P.libya];
    expect(robustFrame(points)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps a far place that is one of a few: a filter to Akar leaves Tripoli, Mitiga, Istanbul', () => {
    expect(robustFrame([P.tripoli, P.mitiga, P.istanbul])).toEqual([0, 1, 2]);
  });

  it('keeps two places, however far apart, and at least half of them', () => {
    expect(robustFrame([P.tripoli, P.un])).toEqual([0, 1]);
    expect(robustFrame([P.tripoli, P.un, P.istanbul]).length).toBeGreaterThanOrEqual(2);
  });
});
