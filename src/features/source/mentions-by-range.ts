import type { Mention } from '../../domain/corpus/schema';

const byPosition = (a: Mention, b: Mention) => a.start - b.start || a.end - b.end;

/** The mentions in text order: the array itself when it already is (the pipeline's order). */
function inOrder(mentions: readonly Mention[]): readonly Mention[] {
  for (let i = 1; i < mentions.length; i++)
    if (byPosition(mentions[i - 1] as Mention, mentions[i] as Mention) > 0)
      return [...mentions].sort(byPosition);
  return mentions;
}

/**
 * The mentions of a document indexed by position: `overlapping(start, end)` lists those that
 * share a character with [start, end) in O(log n + k) (k: the mentions scanned), instead of
 * testing every mention for every row, which at 50,000 mentions and sentences froze the tab.
 * The same range gets the same array back, so that a drawn row whose mentions have not changed
 * is not drawn again.
 */
export function mentionsByRange(mentions: readonly Mention[]) {
  const sorted = inOrder(mentions);
  /** maxEnd[i]: the furthest end among sorted[0..i]. */
  const maxEnd = new Float64Array(sorted.length);
  let furthest = -Infinity;
  sorted.forEach((m, i) => {
    furthest = Math.max(furthest, m.end);
    maxEnd[i] = furthest;
  });
  const asked = new Map<string, Mention[]>();
  const find = (start: number, end: number): Mention[] => {
    // The first mention starting at or after `end`: all before it start before `end`.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Mention).start < end) lo = mid + 1;
      else hi = mid;
    }
    const found: Mention[] = [];
    for (let i = lo - 1; i >= 0 && (maxEnd[i] as number) > start; i--) {
      const m = sorted[i] as Mention;
      if (m.end > start) found.push(m);
    }
    return found.reverse();
  };
  return {
    overlapping(start: number, end: number): Mention[] {
      const key = `${String(start)}:${String(end)}`;
      let found = asked.get(key);
      if (!found) {
        found = find(start, end);
        asked.set(key, found);
      }
      return found;
    },
  };
}
