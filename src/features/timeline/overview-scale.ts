import { DAY_MS } from '../../domain/dates/day-ms';
/**
 * The overview strip's scale: times (UTC ms) to shares of the strip's length (0 at its start
 * edge, earlier dates; 1 at its end) and back, snapped to whole days. Pure.
 */

export interface OverviewScale {
  /** The first moment shown and the moment after the last (ms). */
  start: number;
  end: number;
}

const clamp01 = (x: number): number => Math.min(Math.max(x, 0), 1);

/** The share of the strip at which `time` lies (clamped to the strip). */
export function shareOf(scale: OverviewScale, time: number): number {
  return clamp01((time - scale.start) / (scale.end - scale.start));
}

/** The first moment of the day at `share` of the strip. */
export function dayAtShare(scale: OverviewScale, share: number): number {
  const time = scale.start + clamp01(share) * (scale.end - scale.start);
  return Math.floor(Math.min(time, scale.end - 1) / DAY_MS) * DAY_MS;
}

/** An ISO day (YYYY-MM-DD) for a UTC midnight. */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * The years to mark on a strip `widthPx` long: every year, or every 2, 5, 10, 20, 50 … when
 * marks would be closer than `minPx`. Each is the first moment of 1 January.
 */
export function yearTicks(scale: OverviewScale, widthPx: number, minPx = 56): number[] {
  const first = new Date(scale.start).getUTCFullYear();
  const last = new Date(scale.end - 1).getUTCFullYear();
  const yearPx = (widthPx * (365.25 * DAY_MS)) / (scale.end - scale.start);
  const steps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
  const step = steps.find((s) => s * yearPx >= minPx) ?? 1000;
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) {
    const time = Date.UTC(y, 0, 1);
    if (time >= scale.start && time < scale.end) ticks.push(time);
  }
  return ticks;
}
