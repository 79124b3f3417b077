import { describe, expect, it } from 'vitest';
import { eventSpans } from '../../../src/domain/timeline/event-spans';
import { fitWindow } from '../../../src/features/timeline/fit-window';
import { DAY_MS } from '../../../src/domain/dates/day-ms';

const at = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const day = (start: string, end = start) =>
  ({ date: { start, end, precision: 'day', basis: 'stated' } }) as const;

describe('fitWindow', () => {
  it('is null without events', () => {
    expect(fitWindow(eventSpans([]))).toBeNull();
  });

  it('covers the earliest start and the latest end, with room on both sides', () => {
    const w = fitWindow(
      eventSpans([day('2020-07-03'), day('2019-11-01', '2019-11-30'), day('2021-12-20')]),
    );
    expect(w).not.toBeNull();
    expect(w!.start.getTime()).toBeLessThan(at(2019, 11, 1).getTime());
    expect(w!.start.getTime()).toBeGreaterThan(at(2019, 9, 1).getTime());
    expect(w!.end.getTime()).toBeGreaterThan(at(2021, 12, 21).getTime());
    expect(w!.end.getTime()).toBeLessThan(at(2022, 6, 1).getTime());
  });

  it('shows at least about a week around a single day', () => {
    const w = fitWindow(eventSpans([day('2020-07-03')]))!;
    expect(w.end.getTime() - w.start.getTime()).toBeGreaterThanOrEqual(7 * DAY_MS);
    expect(w.start.getTime()).toBeLessThan(at(2020, 7, 3).getTime());
    expect(w.end.getTime()).toBeGreaterThan(at(2020, 7, 4).getTime());
  });
});

describe('fitWindow with labels', () => {
  it('ends where the last label ends: a wider label or a narrower frame shows more time after', () => {
    const spans = eventSpans([day('2019-11-01'), day('2021-12-24')]);
    const bare = fitWindow(spans, 600, 0)!;
    const labelled = fitWindow(spans, 600, 150)!;
    const narrow = fitWindow(spans, 300, 150)!;
    expect(labelled.start.getTime()).toBe(bare.start.getTime());
    // The last event starts at 24 Dec 2021; its 150 px label must end inside the frame.
    const last = at(2021, 12, 24).getTime();
    for (const [w, px] of [
      [labelled, 600],
      [narrow, 300],
    ] as const) {
      const msPerPx = (w.end.getTime() - w.start.getTime()) / px;
      expect(last + 150 * msPerPx).toBeLessThanOrEqual(w.end.getTime());
    }
    expect(narrow.end.getTime()).toBeGreaterThan(labelled.end.getTime());
  });
});
