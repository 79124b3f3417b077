import { describe, expect, it } from 'vitest';
import { fitWindow } from '../../../src/features/timeline/fitWindow';
import type { TimelineEventItem } from '../../../src/features/timeline/TimelineEventItem';

const at = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const item = (id: string, start: Date, end?: Date): TimelineEventItem => ({
  id,
  type: end ? 'range' : 'point',
  start,
  ...(end ? { end } : {}),
  content: id,
  title: id,
  className: '',
  eventType: 'visit',
  certainty: end ? 'approximate' : 'exact',
  glyph: '➜',
});

describe('fitWindow', () => {
  it('is null without items', () => {
    expect(fitWindow([])).toBeNull();
  });

  it('covers the earliest start and the latest end, with room on both sides', () => {
    const w = fitWindow([
      item('a', at(2020, 7, 3)),
      item('m', at(2019, 11, 1), at(2019, 12, 1)),
      item('r', at(2021, 12, 20), at(2021, 12, 21)),
    ]);
    expect(w).not.toBeNull();
    expect(w!.start.getTime()).toBeLessThan(at(2019, 11, 1).getTime());
    expect(w!.start.getTime()).toBeGreaterThan(at(2019, 9, 1).getTime());
    expect(w!.end.getTime()).toBeGreaterThan(at(2021, 12, 21).getTime());
    expect(w!.end.getTime()).toBeLessThan(at(2022, 6, 1).getTime());
  });

  it('shows at least about a week around a single day', () => {
    const w = fitWindow([item('a', at(2020, 7, 3))])!;
    expect(w.end.getTime() - w.start.getTime()).toBeGreaterThanOrEqual(7 * 86_400_000);
    expect(w.start.getTime()).toBeLessThan(at(2020, 7, 3).getTime());
    expect(w.end.getTime()).toBeGreaterThan(at(2020, 7, 3).getTime());
  });
});
