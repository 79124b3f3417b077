import { eventIdOfItem } from './timelineItemId';

/**
 * The items with `tl-selected` / `tl-hovered` added to the class of the selected and the
 * hovered event, and `tl-outside` to the events a time filter or the playhead leaves out
 * (`kept`: the event ids they keep; null when time narrows nothing). Only those items are
 * copied; the others are returned as they are, so the diff against the DataSet touches only
 * what changed.
 */
export function withItemState<T extends { id: string; className: string }>(
  items: readonly T[],
  selectedId: string | null,
  hoveredId: string | null,
  kept: ReadonlySet<string> | null = null,
): T[] {
  return items.map((item) => {
    const selected = item.id === selectedId;
    const hovered = item.id === hoveredId;
    const eventId = kept === null ? null : eventIdOfItem(item.id);
    const outside = eventId !== null && !kept?.has(eventId);
    if (!selected && !hovered && !outside) return item;
    const extra = [
      selected ? 'tl-selected' : '',
      hovered ? 'tl-hovered' : '',
      outside ? 'tl-outside' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return { ...item, className: `${item.className} ${extra}` };
  });
}
