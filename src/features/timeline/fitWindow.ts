import type { TimelineEventItem } from './TimelineEventItem';

const WEEK = 7 * 24 * 60 * 60 * 1000;

/**
 * A window showing every item, with a little room before the first and more after the last
 * (labels run towards later dates). Used instead of vis-timeline's fit(), which draws every
 * item to measure it and leaves items that are inside a cluster drawn at the axis' edge.
 * null when there are no items.
 */
export function fitWindow(items: readonly TimelineEventItem[]): { start: Date; end: Date } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    min = Math.min(min, item.start.getTime());
    max = Math.max(max, (item.end ?? item.start).getTime());
  }
  if (min > max) return null;
  const span = max - min;
  if (span < WEEK) {
    // A single day or a few: about a week around them.
    const pad = (WEEK - span) / 2;
    return { start: new Date(min - pad), end: new Date(max + pad) };
  }
  return { start: new Date(min - span * 0.04), end: new Date(max + span * 0.16) };
}
