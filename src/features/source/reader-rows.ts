import type { SourceParagraph, SourceRow } from './source-rows';

/** One line of the windowed reader: a row of `sourceRows`, or a piece of a long one. */
export interface ReaderRow extends SourceRow {
  /** The first row of a paragraph (drawn with a paragraph break above it). */
  paragraphStart: boolean;
  /** A later piece of a row too long to draw as one: its translation is on the first piece. */
  continued: boolean;
}

/** A row longer than this many UTF-16 units is drawn in pieces of at most this length. */
const MAX_ROW_CHARS = 1200;

const SENTENCE_END = /[.!?؟۔…]/;
const SPACE = /\s/;

/**
 * Where to cut `text` between `start` and at most `start + max`: after the last sentence end
 * followed by a space, else at the last space, else at `start + max` (never inside a
 * surrogate pair). The cut is past `start`, so every piece is non-empty.
 */
export function cutPoint(text: string, start: number, end: number, max: number): number {
  const limit = start + max;
  if (end <= limit) return end;
  let space = -1;
  for (let i = limit; i > start + max / 2; i--) {
    if (!SPACE.test(text.charAt(i))) continue;
    if (SENTENCE_END.test(text.charAt(i - 1))) return i;
    if (space < 0) space = i;
  }
  if (space > 0) return space;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * The reader's rows, flat, in text order: each paragraph's first row marked, and a row longer
 * than `max` (a document that is one huge line, say) cut into pieces of at most `max` units
 * at sentence ends or spaces, so that drawing only the rows in view draws little text.
 */
export function readerRows(
  text: string,
  paragraphs: readonly SourceParagraph[],
  max = MAX_ROW_CHARS,
): ReaderRow[] {
  const rows: ReaderRow[] = [];
  for (const paragraph of paragraphs) {
    paragraph.forEach((row, i) => {
      // Most rows are one piece that ends in no space: nothing to cut (checked first, without
      // copying the row through the loop below, for documents of 100,000 sentences).
      if (row.end - row.start <= max && !SPACE.test(text.charAt(row.end - 1))) {
        const { start, end, en, sentence } = row;
        rows.push({ start, end, en, sentence, paragraphStart: i === 0, continued: false });
        return;
      }
      let start = row.start;
      let continued = false;
      while (start < row.end) {
        let cut = cutPoint(text, start, row.end, max);
        // Spaces at a cut go to neither piece.
        let next = cut;
        while (next < row.end && SPACE.test(text.charAt(next))) next++;
        while (cut > start + 1 && SPACE.test(text.charAt(cut - 1))) cut--;
        rows.push({
          start,
          end: cut,
          en: row.en,
          sentence: row.sentence,
          paragraphStart: i === 0 && !continued,
          continued,
        });
        continued = true;
        start = next;
      }
    });
  }
  return rows;
}

/** The index of the first row whose end is past `offset` (rows in text order, disjoint). */
export function rowAtOffset(rows: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
