/**
 * The event after (or before) `selectedId` in `events` (time order); with nothing selected,
 * the first (or last). Null at either end, or when there are no events.
 */
export function stepEvent<T extends { id: string }>(
  events: readonly T[],
  selectedId: string | null,
  toward: 'earlier' | 'later',
): T | null {
  if (events.length === 0) return null;
  const at = selectedId === null ? -1 : events.findIndex((e) => e.id === selectedId);
  if (at === -1) return (toward === 'later' ? events[0] : events[events.length - 1]) ?? null;
  return events[at + (toward === 'later' ? 1 : -1)] ?? null;
}
