// Property: whatever the events and the window, timelineBins counts every event near the
// window exactly once (drawn on its own or in one bin) — including events at the window's
// edges, before it, across it, and the kept (selected) one. The browser test that once read
// 4999 of 5000 events was reading the timeline mid-redraw, not a bin dropping an event.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timelineBins } from '../../../../src/domain/timeline/timeline-bins';
import { DAY_MS } from '../../../../src/domain/dates/day-ms';

const YEAR = 365 * DAY_MS;

describe('timelineBins counts', () => {
  it('every event within a window of the shown one, once', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 60 * YEAR }), fc.integer({ min: 1, max: 400 })),
          {
            maxLength: 400,
          },
        ),
        fc.integer({ min: 0, max: 60 * YEAR }),
        fc.integer({ min: DAY_MS, max: 40 * YEAR }),
        fc.integer({ min: 200, max: 2000 }),
        fc.integer({ min: -1, max: 400 }),
        (events, windowStart, windowSpan, widthPx, keep) => {
          // Events on UTC day boundaries, as the timeline has them.
          const start = Float64Array.from(events, ([s]) => Math.floor(s / DAY_MS) * DAY_MS);
          const end = Float64Array.from(events, ([, days], i) => (start[i] ?? 0) + days * DAY_MS);
          const window = { start: windowStart, end: windowStart + windowSpan };
          const entries = timelineBins({ start, end }, window, keep, { widthPx });
          const from = window.start - windowSpan;
          const to = window.end + windowSpan;
          const near = events.filter((_, i) => (end[i] ?? 0) > from && (start[i] ?? 0) < to);
          const kept = keep >= 0 && keep < events.length ? 1 : 0;
          const keptNear = kept && (end[keep] ?? 0) > from && (start[keep] ?? 0) < to ? 1 : 0;
          const counted = entries.reduce((n, e) => n + (e.kind === 'bin' ? e.count : 1), 0);
          expect(counted).toBe(near.length - keptNear + kept);
          const alone = entries.flatMap((e) => (e.kind === 'event' ? [e.index] : []));
          expect(new Set(alone).size).toBe(alone.length);
        },
      ),
      { seed: 20240101, numRuns: 300 },
    );
  });
});
