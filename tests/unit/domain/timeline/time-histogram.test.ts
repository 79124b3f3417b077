import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  timeExtent,
  timeHistogram,
} from '../../../../src/domain/timeline/time-histogram';
import { DAY_MS } from '../../../../src/domain/dates/day-ms';

const spansOf = (days: [number, number][]) => ({
  start: Float64Array.from(days, ([s]) => s * DAY_MS),
  end: Float64Array.from(days, ([s, d]) => (s + d + 1) * DAY_MS),
});

describe('the overview histogram', () => {
  it('spans the events from the first start to the last end, or nothing', () => {
    expect(timeExtent(spansOf([]))).toBeNull();
    expect(
      timeExtent(
        spansOf([
          [10, 0],
          [3, 2],
          [40, 5],
        ]),
      ),
    ).toEqual({ start: 3 * DAY_MS, end: 46 * DAY_MS });
  });

  it('counts each event once, in the bucket where it starts', () => {
    const spans = spansOf([
      [0, 0],
      [1, 0],
      [1, 30],
      [5, 0],
      [9, 0],
    ]);
    const h = timeHistogram(spans, { start: 0, end: 10 * DAY_MS }, 5);
    expect([...h.counts]).toEqual([3, 0, 1, 0, 1]);
    expect(h.max).toBe(3);
  });

  it('agrees with counting by hand for any events and bucket count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 300 })), {
          minLength: 1,
          maxLength: 500,
        }),
        fc.integer({ min: 1, max: 400 }),
        (days, buckets) => {
          const spans = spansOf(days);
          const extent = timeExtent(spans)!;
          const h = timeHistogram(spans, extent, buckets);
          const expected = new Array<number>(buckets).fill(0);
          for (const [s] of days) expected[bucketOf(extent, buckets, s * DAY_MS)]! += 1;
          expect([...h.counts]).toEqual(expected);
          expect(h.counts.reduce((a, b) => a + b, 0)).toBe(days.length);
          expect(h.max).toBe(Math.max(...expected));
        },
      ),
      { seed: 15, numRuns: 200 },
    );
  });

  it('leaves out events outside a narrower extent (a filter never stretches the strip)', () => {
    const spans = spansOf([
      [0, 0],
      [50, 0],
      [99, 0],
    ]);
    const h = timeHistogram(spans, { start: 10 * DAY_MS, end: 60 * DAY_MS }, 5);
    expect([...h.counts]).toEqual([0, 0, 0, 0, 1]);
  });
});
