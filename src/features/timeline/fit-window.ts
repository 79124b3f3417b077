import type { EventSpans } from '../../domain/timeline/timeline-bins';

const WEEK = 7 * 24 * 60 * 60 * 1000;
/** Room before the first event and after the last one's end (share of the events' extent). */
const PAD = 0.04;

/**
 * A window showing every event, labels included, with a little room on both sides: a label
 * runs from its event towards later dates (to the right in English, to the left in Arabic),
 * so the window ends where the last event's label of `labelPx` ends on a `widthPx` frame.
 * Used instead of vis-timeline's fit(), which draws every item to measure it. null when there
 * are no events.
 */
export function fitWindow(
  spans: EventSpans,
  widthPx = 800,
  labelPx = 0,
): { start: Date; end: Date } | null {
  let min = Infinity;
  let max = -Infinity;
  let lastStart = -Infinity;
  for (let i = 0; i < spans.start.length; i++) {
    min = Math.min(min, spans.start[i] ?? Infinity);
    max = Math.max(max, spans.end[i] ?? -Infinity);
    lastStart = Math.max(lastStart, spans.start[i] ?? -Infinity);
  }
  if (min > max) return null;
  const extent = max - min;
  if (extent < WEEK) {
    // A single day or a few: about a week around them.
    const pad = (WEEK - extent) / 2;
    return { start: new Date(min - pad), end: new Date(max + pad) };
  }
  const start = min - extent * PAD;
  // The share of the frame a label takes (at most half of it).
  const labelShare = Math.min(Math.max(labelPx / Math.max(widthPx, 1), 0), 0.5);
  const labelsEnd = start + (lastStart - start) / (1 - labelShare) + extent * PAD;
  return { start: new Date(start), end: new Date(Math.max(max + extent * PAD, labelsEnd)) };
}
