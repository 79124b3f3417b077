/**
 * The items with `tl-selected` / `tl-hovered` added to the class of the selected and the
 * hovered event. Only those (at most two) items are copied; the others are returned as they
 * are, so the diff against the DataSet touches only what changed.
 */
export function withItemState<T extends { id: string; className: string }>(
  items: readonly T[],
  selectedId: string | null,
  hoveredId: string | null,
): T[] {
  return items.map((item) => {
    const selected = item.id === selectedId;
    const hovered = item.id === hoveredId;
    if (!selected && !hovered) return item;
    const extra = [selected ? 'tl-selected' : '', hovered ? 'tl-hovered' : '']
      .filter(Boolean)
      .join(' ');
    return { ...item, className: `${item.className} ${extra}` };
  });
}
