import { describe, expect, it } from 'vitest';
import { fromIsoWindow } from '../../../src/features/timeline/from-iso-window';
import { isoDayToDate } from '../../../src/features/timeline/iso-day-to-date';
import { toIsoWindow } from '../../../src/features/timeline/to-iso-window';

describe('the window in the URL (ISO days, end inclusive)', () => {
  it('shows from the start of the first day to the end of the last', () => {
    expect(fromIsoWindow({ start: '2020-06-01', end: '2020-08-31' })).toEqual({
      start: new Date(Date.UTC(2020, 5, 1)),
      end: new Date(Date.UTC(2020, 8, 1)),
    });
  });

  it('reports the day a window starts in and the last day it shows', () => {
    const start = new Date(Date.UTC(2020, 5, 1, 13, 30));
    const end = new Date(Date.UTC(2020, 8, 1));
    expect(toIsoWindow(start, end)).toEqual({ start: '2020-06-01', end: '2020-08-31' });
    expect(toIsoWindow(start, new Date(Date.UTC(2020, 8, 1, 0, 0, 1)))).toEqual({
      start: '2020-06-01',
      end: '2020-09-01',
    });
  });

  it('gives back the same days after a round trip, so the window does not drift', () => {
    for (const w of [
      { start: '2019-11-01', end: '2021-12-31' },
      { start: '2020-02-29', end: '2020-02-29' },
      { start: '2020-12-31', end: '2021-01-01' },
    ]) {
      const range = fromIsoWindow(w);
      expect(toIsoWindow(range.start, range.end)).toEqual(w);
    }
  });

  it('turns an end before the start into a one-day window', () => {
    expect(fromIsoWindow({ start: '2020-06-10', end: '2020-06-01' })).toEqual({
      start: new Date(Date.UTC(2020, 5, 10)),
      end: new Date(Date.UTC(2020, 5, 11)),
    });
  });

  it('moves ISO days by whole days across month and year ends', () => {
    expect(isoDayToDate('2020-12-31', 1)).toEqual(new Date(Date.UTC(2021, 0, 1)));
    expect(isoDayToDate('2020-03-01', -1)).toEqual(new Date(Date.UTC(2020, 1, 29)));
  });
});
