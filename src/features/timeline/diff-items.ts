type Item = { id: string } & object;

export interface ItemDiff<T extends Item> {
  add: T[];
  update: T[];
  remove: string[];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

function sameItem<T extends Item>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => key in b && sameValue(a[key], b[key]))
  );
}

/**
 * What to do to a DataSet holding `current` so that it holds `next`: add the new items,
 * update the changed ones, remove the gone ones; unchanged items are left alone.
 * DataSet.update merges fields, so an item that loses a field (a range becoming a point loses
 * `end`) is removed and added again instead.
 */
export function diffItems<T extends Item>(
  current: ReadonlyMap<string, T>,
  next: readonly T[],
): ItemDiff<T> {
  const diff: ItemDiff<T> = { add: [], update: [], remove: [] };
  const seen = new Set<string>();
  for (const item of next) {
    seen.add(item.id);
    const old = current.get(item.id);
    if (!old) diff.add.push(item);
    else if (sameItem(old, item)) continue;
    else if (Object.keys(old).every((key) => key in item)) diff.update.push(item);
    else {
      diff.remove.push(item.id);
      diff.add.push(item);
    }
  }
  for (const id of current.keys()) if (!seen.has(id)) diff.remove.push(id);
  return diff;
}
