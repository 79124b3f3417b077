import { describe, expect, it } from 'vitest';
import { eventSpans } from '../../../src/domain/event-spans';
import { fitWindow } from '../../../src/features/timeline/fitWindow';

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
    expect(w.end.getTime() - w.start.getTime()).toBeGreaterThanOrEqual(7 * 86_400_000);
    expect(w.start.getTime()).toBeLessThan(at(2020, 7, 3).getTime());
    expect(w.end.getTime()).toBeGreaterThan(at(2020, 7, 4).getTime());
  });
});
