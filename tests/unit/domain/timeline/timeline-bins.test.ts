import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chooseBinUnit,
  floorToUnit,
  nextOfUnit,
  unitBoundaries,
  type BinUnit,
} from '../../../../src/domain/timeline/bin-unit';
import { eventSpans } from '../../../../src/domain/timeline/event-spans';
import {
  binZoomWindow,
  timelineBins,
  type TimelineEntry,
} from '../../../../src/domain/timeline/timeline-bins';
import { DAY_MS } from '../../../../src/domain/dates/day-ms';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Events on the given days (ISO), or periods [start, end]. */
function spansOf(days: (string | [string, string])[]) {
  return eventSpans(
    days.map((d) => {
      const [start, end] = typeof d === 'string' ? [d, d] : d;
      return { date: { start, end, precision: 'day', basis: 'stated' } as const };
    }),
  );
}

const events = (entries: TimelineEntry[]) =>
  entries.flatMap((e) => (e.kind === 'event' ? [e.index] : [])).sort((a, b) => a - b);
const bins = (entries: TimelineEntry[]) => entries.filter((e) => e.kind === 'bin');
const total = (entries: TimelineEntry[]) =>
  entries.reduce((n, e) => n + (e.kind === 'bin' ? e.count : 1), 0);

describe('calendar units', () => {
  it('floors a time to the start of its day, week (Monday), month, quarter, year and decades', () => {
    const t = Date.UTC(2020, 6, 3, 15, 30); // Friday 3 July 2020, 15:30
    const floors: Record<BinUnit, string> = {
      day: '2020-07-03',
      week: '2020-06-29',
      month: '2020-07-01',
      quarter: '2020-07-01',
      year: '2020-01-01',
      year5: '2020-01-01',
      year10: '2020-01-01',
      year50: '2000-01-01',
    };
    for (const [unit, day] of Object.entries(floors))
      expect(iso(floorToUnit(t, unit as BinUnit)), unit).toBe(day);
    expect(iso(floorToUnit(utc(2019, 2, 14), 'quarter'))).toBe('2019-01-01');
    expect(iso(floorToUnit(utc(2019, 2, 14), 'year5'))).toBe('2015-01-01');
    expect(iso(floorToUnit(utc(1969, 12, 31), 'week'))).toBe('1969-12-29'); // before 1970 too
  });

  it('steps to the next period across month and year ends', () => {
    expect(iso(nextOfUnit(utc(2020, 12, 1), 'month'))).toBe('2021-01-01');
    expect(iso(nextOfUnit(utc(2020, 10, 1), 'quarter'))).toBe('2021-01-01');
    expect(iso(nextOfUnit(utc(2020, 12, 28), 'week'))).toBe('2021-01-04');
    expect(iso(nextOfUnit(utc(2000), 'year10'))).toBe('2010-01-01');
  });

  it('lists the period boundaries around a range, the last one after it', () => {
    const bounds = unitBoundaries(utc(2019, 11, 15), utc(2020, 2, 10), 'month');
    expect(bounds.map(iso)).toEqual([
      '2019-11-01',
      '2019-12-01',
      '2020-01-01',
      '2020-02-01',
      '2020-03-01',
    ]);
  });

  it('chooses the shortest period at least the given width on screen', () => {
    const msPerPx = (365.25 * DAY_MS) / 100; // a year is 100 px
    expect(chooseBinUnit(msPerPx, 40)).toBe('year'); // quarters are 25 px: too narrow
    expect(chooseBinUnit(msPerPx, 24)).toBe('quarter');
    expect(chooseBinUnit(msPerPx, 101)).toBe('year5');
    expect(chooseBinUnit(DAY_MS / 50, 40)).toBe('day');
    expect(chooseBinUnit(1e12, 40)).toBe('year50');
  });
});

describe('eventSpans', () => {
  it('gives each event its first moment and the moment after its last day', () => {
    const spans = spansOf(['2020-07-03', ['2019-11-01', '2019-11-30']]);
    expect([...spans.start]).toEqual([utc(2020, 7, 3), utc(2019, 11, 1)]);
    expect([...spans.end]).toEqual([utc(2020, 7, 4), utc(2019, 12, 1)]);
  });

  it('reads years before 100 as themselves, not as 19xx', () => {
    const spans = spansOf(['0045-03-15']);
    expect(new Date(spans.start[0] ?? NaN).toISOString().slice(0, 10)).toBe('0045-03-15');
  });
});

describe('timelineBins', () => {
  const width = { widthPx: 800 };

  it('draws each event on its own when there is room', () => {
    const spans = spansOf(['2020-07-01', '2020-07-03', '2020-08-20', '2021-01-10']);
    const entries = timelineBins(spans, { start: utc(2020, 6), end: utc(2021, 2) }, -1, width);
    expect(bins(entries)).toEqual([]);
    expect(events(entries)).toEqual([0, 1, 2, 3]);
  });

  it('puts a period with more than three events in one bin with their number', () => {
    const july = ['2020-07-01', '2020-07-02', '2020-07-03', '2020-07-03', '2020-07-30'];
    const spans = spansOf([...july, '2020-11-05']);
    const entries = timelineBins(spans, { start: utc(2020, 1), end: utc(2021, 1) }, -1, width);
    // A year over 800 px: months are 66 px, wide enough for a bin.
    expect(bins(entries)).toEqual([
      {
        kind: 'bin',
        unit: 'month',
        start: utc(2020, 7),
        end: utc(2020, 8),
        count: 5,
        first: utc(2020, 7, 1),
        last: utc(2020, 7, 30),
      },
    ]);
    expect(events(entries)).toEqual([5]);
  });

  it('keeps the selected event out of bins, even far outside the window', () => {
    const july = ['2020-07-01', '2020-07-02', '2020-07-03', '2020-07-03', '2020-07-30'];
    const spans = spansOf([...july, '1990-01-01']);
    const window = { start: utc(2020, 1), end: utc(2021, 1) };
    const entries = timelineBins(spans, window, 2, width);
    expect(events(entries)).toEqual([2]);
    expect(bins(entries).map((b) => b.count)).toEqual([4]);
    expect(events(timelineBins(spans, window, 5, width))).toEqual([5]);
  });

  it('leaves out what is further than one window from the window, and counts the rest', () => {
    const spans = spansOf(['2010-01-01', '2019-06-01', '2020-03-01', '2021-09-01', '2030-01-01']);
    const entries = timelineBins(spans, { start: utc(2020, 1), end: utc(2021, 1) }, -1, width);
    expect(events(entries)).toEqual([1, 2, 3]);
  });

  it('counts an event that began before the window and runs into it in the first period shown', () => {
    const dense = Array.from({ length: 6 }, () => ['2019-01-01', '2020-12-31'] as [string, string]);
    const spans = spansOf(dense);
    const window = { start: utc(2020, 3), end: utc(2020, 9) };
    const [bin] = bins(timelineBins(spans, window, -1, width));
    expect(bin).toMatchObject({ start: utc(2020, 3, 1), count: 6 });
  });

  it('zoomed in close, draws even a busy day event by event', () => {
    const day = Array.from({ length: 12 }, () => '2020-07-03');
    const spans = spansOf(day);
    const window = { start: utc(2020, 6, 26), end: utc(2020, 7, 10) };
    const entries = timelineBins(spans, window, -1, width);
    expect(bins(entries)).toEqual([]);
    expect(events(entries)).toHaveLength(12);
  });

  it('hands over a bounded number of items for any number of events, and counts every one', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 40 * 366 }), fc.integer({ min: 0, max: 400 })),
          {
            minLength: 0,
            maxLength: 3000,
          },
        ),
        fc.integer({ min: 1, max: 40 * 366 }),
        fc.integer({ min: 0, max: 40 * 366 }),
        fc.integer({ min: 200, max: 2000 }),
        (periods, spanDays, startDay, widthPx) => {
          const base = utc(1990);
          const spans = {
            start: Float64Array.from(periods, ([s]) => base + s * DAY_MS),
            end: Float64Array.from(periods, ([s, d]) => base + (s + d + 1) * DAY_MS),
          };
          const window = {
            start: base + startDay * DAY_MS,
            end: base + (startDay + spanDays) * DAY_MS,
          };
          const entries = timelineBins(spans, window, -1, { widthPx });
          // At most 200 events drawn one by one, and one bin per period at least 40 px wide
          // over three windows' width (plus the two partly shown at the ends).
          expect(events(entries).length).toBeLessThanOrEqual(Math.max(200, (3 * widthPx) / 40 + 2));
          expect(bins(entries).length).toBeLessThanOrEqual((3 * widthPx) / 40 + 2);
          const near = periods.filter(([s, d]) => {
            const from = window.start - (window.end - window.start);
            const to = window.end + (window.end - window.start);
            return base + (s + d + 1) * DAY_MS > from && base + s * DAY_MS < to;
          });
          expect(total(entries)).toBe(near.length);
        },
      ),
      { seed: 20200703, numRuns: 150 },
    );
  });
});

describe('a click on a bin', () => {
  type Bin = Extract<TimelineEntry, { kind: 'bin' }>;
  /** Where timelineBins counts event i for a window: its start, or the window's if earlier. */
  const anchorIn =
    (spans: { start: Float64Array; end: Float64Array }, w: { start: number }) => (i: number) => {
      const s = spans.start[i] ?? 0;
      return s < w.start && (spans.end[i] ?? 0) > w.start ? w.start : s;
    };

  it('zooms in to the extent of the bin’s events, not to its whole period', () => {
    const width = { widthPx: 800 };
    // 14 events on one July day in a year of months: the bin is July; the click shows the day.
    const spans = spansOf([...Array.from({ length: 14 }, () => '2020-07-03'), '2020-02-01']);
    const [bin] = bins(timelineBins(spans, { start: utc(2020, 1), end: utc(2021, 1) }, -1, width));
    expect(bin).toMatchObject({ unit: 'month', count: 14 });
    const w = binZoomWindow(bin as Bin);
    expect(w.start).toBeLessThanOrEqual(utc(2020, 7, 3));
    expect(w.end).toBeGreaterThan(utc(2020, 7, 3));
    expect(w.end - w.start).toBeLessThanOrEqual(3 * DAY_MS);
    const after = timelineBins(spans, w, -1, width);
    expect(bins(after)).toEqual([]);
    expect(events(after)).toHaveLength(14);
  });

  it('keeps the zoom inside the bin’s period, with room only where the period has it', () => {
    const bin = { start: utc(2020), end: utc(2025), first: utc(2020), last: utc(2024, 12, 31) };
    const w = binZoomWindow(bin);
    expect(w.start).toBe(utc(2020));
    // 5% of five years after 31 December 2024 would be March 2025: kept to the period's end.
    expect(w.end).toBe(utc(2025));
    // Events well inside their period get a little room on each side.
    const inner = binZoomWindow({ ...bin, first: utc(2021), last: utc(2023) });
    expect(inner.start).toBeLessThan(utc(2021));
    expect(inner.start).toBeGreaterThanOrEqual(utc(2020));
    expect(inner.end).toBeGreaterThan(utc(2023));
  });

  it('never lands on a view where the same events are in one bin again', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 30 * 366 }), fc.integer({ min: 0, max: 400 })),
          { minLength: 1, maxLength: 1500 },
        ),
        fc.integer({ min: 1, max: 30 * 366 }),
        fc.integer({ min: 0, max: 30 * 366 }),
        fc.integer({ min: 300, max: 1600 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 30, max: 200 }),
        (periods, spanDays, startDay, widthPx, maxAlone, minBinPx) => {
          const base = utc(1990);
          const spans = {
            start: Float64Array.from(periods, ([s]) => base + s * DAY_MS),
            end: Float64Array.from(periods, ([s, d]) => base + (s + d + 1) * DAY_MS),
          };
          const window = {
            start: base + startDay * DAY_MS,
            end: base + (startDay + spanDays) * DAY_MS,
          };
          const options = { widthPx, maxAlone, minBinPx };
          const entries = timelineBins(spans, window, -1, options);
          for (const bin of bins(entries) as Bin[]) {
            if (bin.end <= window.start || bin.start >= window.end) continue; // not in view
            const before = anchorIn(spans, window);
            const members = periods
              .map((_, i) => i)
              .filter((i) => {
                const at = before(i);
                const span = window.end - window.start;
                return (
                  (spans.end[i] ?? 0) > window.start - span &&
                  at < window.end + span &&
                  Math.max(at, window.start - span) >= bin.start &&
                  Math.max(at, window.start - span) < bin.end
                );
              });
            expect(members).toHaveLength(bin.count);
            if (bin.count > 200) continue; // more on one day than the timeline draws: not here
            const w = binZoomWindow(bin);
            const next = timelineBins(spans, w, -1, options);
            const after = anchorIn(spans, w);
            const sameBin = (bins(next) as Bin[]).some((b) =>
              members.every((i) => after(i) >= b.start && after(i) < b.end),
            );
            expect(sameBin, `${bin.unit} ${String(bin.count)}`).toBe(false);
          }
        },
      ),
      { seed: 20240101, numRuns: 120 },
    );
  });
});
