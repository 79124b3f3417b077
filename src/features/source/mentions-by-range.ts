import type { Mention } from '../../domain/corpus/schema';

/**
 * The mentions of a document indexed by position: `overlapping(start, end)` lists those that
 * share a character with [start, end) in O(log n + k) (k: the mentions scanned), instead of
 * testing every mention for every row, which at 50,000 mentions and sentences froze the tab.
 */
export function mentionsByRange(mentions: readonly Mention[]) {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  /** maxEnd[i]: the furthest end among sorted[0..i]. */
  const maxEnd = new Float64Array(sorted.length);
  let furthest = -Infinity;
  sorted.forEach((m, i) => {
    furthest = Math.max(furthest, m.end);
    maxEnd[i] = furthest;
  });
  return {
    overlapping(start: number, end: number): Mention[] {
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
    },
  };
}
