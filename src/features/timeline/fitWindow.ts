import type { EventSpans } from '../../domain/timeline-bins';

const WEEK = 7 * 24 * 60 * 60 * 1000;

/**
 * A window showing every event, with a little room before the first and more after the last
 * (labels run towards later dates). Used instead of vis-timeline's fit(), which draws every
 * item to measure it. null when there are no events.
 */
export function fitWindow(spans: EventSpans): { start: Date; end: Date } | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < spans.start.length; i++) {
    min = Math.min(min, spans.start[i] ?? Infinity);
    max = Math.max(max, spans.end[i] ?? -Infinity);
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
