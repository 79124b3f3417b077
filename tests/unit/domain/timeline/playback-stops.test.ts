import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playbackStops, stopAtOrBefore } from '../../../../src/domain/timeline/playback-stops';
import { DAY_MS } from '../../../../src/domain/dates/day-ms';

const spansOf = (startDays: number[]) => ({
  start: Float64Array.from(startDays, (d) => d * DAY_MS),
  end: Float64Array.from(startDays, (d) => (d + 1) * DAY_MS),
});

describe('playbackStops', () => {
  it('stops once on each day an event starts, in time order', () => {
    expect(playbackStops(spansOf([5, 2, 5, 9, 2]))).toEqual([2 * DAY_MS, 5 * DAY_MS, 9 * DAY_MS]);
  });

  it('keeps to the bounds of a time filter (end exclusive)', () => {
    expect(playbackStops(spansOf([1, 3, 5, 7]), { start: 3 * DAY_MS, end: 7 * DAY_MS })).toEqual([
      3 * DAY_MS,
      5 * DAY_MS,
    ]);
  });

  it('has no stops without events', () => {
    expect(playbackStops(spansOf([]))).toEqual([]);
  });

  it('plays a long, dense corpus in at most `max` steps that pass every event', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20_000, max: 20_000 }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 1, max: 50 }),
        (days, max) => {
          const stops = playbackStops(spansOf(days), null, max);
          expect(stops.length).toBeLessThanOrEqual(max);
          expect([...stops].sort((a, b) => a - b)).toEqual(stops);
          expect(new Set(stops).size).toBe(stops.length);
          // Every event is shown by some stop, and the last stop shows them all.
          const lastDay = Math.max(...days) * DAY_MS;
          expect(stops.at(-1)).toBeGreaterThanOrEqual(lastDay);
          for (const d of days) expect(stops.some((s) => s >= d * DAY_MS)).toBe(true);
          // Each stop is a UTC midnight.
          for (const s of stops) expect(Math.abs(s % DAY_MS)).toBe(0);
        },
      ),
      { seed: 15, numRuns: 200 },
    );
  });
});

describe('stopAtOrBefore', () => {
  it('finds the stop at or just before a time', () => {
    const stops = [2, 5, 9];
    expect(stopAtOrBefore(stops, 1)).toBe(-1);
    expect(stopAtOrBefore(stops, 2)).toBe(0);
    expect(stopAtOrBefore(stops, 8)).toBe(1);
    expect(stopAtOrBefore(stops, 100)).toBe(2);
  });
});
