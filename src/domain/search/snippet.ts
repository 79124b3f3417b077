/**
 * A window of at most `max` characters of a long text around its first highlighted range,
 * cut at spaces where it can be, with the ranges moved into the window (and clipped to it).
 * `clippedStart` / `clippedEnd` say whether text was left out before / after.
 */
import type { TextRange } from './types';

export interface Snippet {
  text: string;
  ranges: TextRange[];
  clippedStart: boolean;
  clippedEnd: boolean;
}

export function searchSnippet(text: string, ranges: readonly TextRange[], max = 160): Snippet {
  if (text.length <= max)
    return { text, ranges: [...ranges], clippedStart: false, clippedEnd: false };
  const first = ranges[0] ?? { start: 0, end: 0 };
  // Put the first match about a third of the way in.
  let start = Math.max(0, Math.min(first.start - Math.floor(max / 3), text.length - max));
  let end = Math.min(text.length, start + max);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first.start) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > Math.max(start, first.end)) end = space;
  }
  const moved = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
  return {
    text: text.slice(start, end),
    ranges: moved,
    clippedStart: start > 0,
    clippedEnd: end < text.length,
  };
}
