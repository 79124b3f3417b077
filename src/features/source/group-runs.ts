import type { Mention } from '../../domain/corpus/schema';
import type { TextSegment } from './segment-text';

/** Consecutive segments of one mention (drawn as one button), or one segment of plain text. */
export interface Run {
  mention: Mention | null;
  segments: TextSegment[];
}

/** Runs that must not be broken across lines (a mention with the rest of its word), or not. */
export interface Chunk {
  nowrap: boolean;
  runs: Run[];
}

const SPACE = /\s/;

/**
 * Groups a row's segments for drawing. A mention becomes one run however many evidence
 * boundaries cut it. A button is an atomic inline box, and browsers may break a line on
 * either side of one, which would leave a clitic (the ب of بإسطنبول) or a comma alone at a
 * line's edge: so each mention, with the rest of the word it is written in (up to the
 * nearest white space on either side), becomes one `nowrap` chunk. Segments are split at the
 * edges of those words; the text they cover is unchanged.
 */
export function groupRuns(text: string, segments: readonly TextSegment[]): Chunk[] {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) return [];

  // The words around each mention, merged where they touch.
  const words: { start: number; end: number }[] = [];
  for (const s of segments) {
    if (!s.mention) continue;
    let start = s.start;
    while (start > first.start && !SPACE.test(text.charAt(start - 1))) start--;
    let end = s.end;
    while (end < last.end && !SPACE.test(text.charAt(end))) end++;
    const prev = words[words.length - 1];
    if (prev && start <= prev.end) prev.end = Math.max(prev.end, end);
    else words.push({ start, end });
  }

  // Cut segments at the edges of those words.
  const cuts = new Set(words.flatMap((w) => [w.start, w.end]));
  const pieces: TextSegment[] = [];
  for (const s of segments) {
    let from = s.start;
    for (let i = s.start + 1; i < s.end; i++) {
      if (!cuts.has(i)) continue;
      pieces.push({ ...s, start: from, end: i, text: text.slice(from, i) });
      from = i;
    }
    pieces.push(from === s.start ? s : { ...s, start: from, text: text.slice(from, s.end) });
  }

  const chunks: Chunk[] = [];
  let word = 0;
  for (const piece of pieces) {
    while (words[word] && (words[word]?.end ?? 0) <= piece.start) word++;
    const w = words[word];
    const nowrap = w !== undefined && w.start <= piece.start && piece.end <= w.end;
    let chunk = chunks[chunks.length - 1];
    // A new chunk where wrapping changes, and at the start of each word.
    if (!chunk || chunk.nowrap !== nowrap || (nowrap && piece.start === w?.start)) {
      chunk = { nowrap, runs: [] };
      chunks.push(chunk);
    }
    const run = chunk.runs[chunk.runs.length - 1];
    if (run && piece.mention !== null && run.mention === piece.mention) run.segments.push(piece);
    else chunk.runs.push({ mention: piece.mention, segments: [piece] });
  }
  return chunks;
}
