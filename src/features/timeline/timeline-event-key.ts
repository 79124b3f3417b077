/** What a key does to the selection while the timeline has focus. */
export type TimelineEventKey = { kind: 'step'; toward: 'earlier' | 'later' } | { kind: 'open' };

/**
 * ↓ selects the next event in time, ↑ the previous one (in both directions of writing: time
 * order, not screen side); Enter opens the selected event's detail. The arrows ← → and + − are
 * the window's (timelineKeyAction).
 */
export function timelineEventKey(key: string): TimelineEventKey | null {
  if (key === 'ArrowDown') return { kind: 'step', toward: 'later' };
  if (key === 'ArrowUp') return { kind: 'step', toward: 'earlier' };
  if (key === 'Enter') return { kind: 'open' };
  return null;
}
