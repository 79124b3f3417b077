/** The list with `item` added, or removed if it was there (sorted, unique). */
export function toggle(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item].sort();
}
