import type { TimelineEventItem } from './TimelineEventItem';

export interface ItemDiff {
  add: TimelineEventItem[];
  update: TimelineEventItem[];
  remove: string[];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

function sameItem(a: TimelineEventItem, b: TimelineEventItem): boolean {
  const keys = Object.keys(a) as (keyof TimelineEventItem)[];
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
export function diffItems(
  current: ReadonlyMap<string, TimelineEventItem>,
  next: readonly TimelineEventItem[],
): ItemDiff {
  const diff: ItemDiff = { add: [], update: [], remove: [] };
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
