import type { ReaderRow } from './reader-rows';

/** A block holds at most this many UTF-16 units of text… */
const BLOCK_CHARS = 1200;
/** …and at most this many rows. */
const BLOCK_ROWS = 16;

/** The reader's rows in blocks: what the reader windows, measures and draws as one. */
export interface ReaderBlocks {
  /** Block b holds rows [starts[b], starts[b + 1]); the last entry is the number of rows. */
  starts: Uint32Array;
  /** Each block's estimated height in CSS pixels, before it is drawn and measured. */
  estimates: Float64Array;
  /** The number of blocks. */
  count: number;
}

/** A first guess at a row's height before it is drawn: about 60 characters a line. */
export function estimateRowHeight(row: ReaderRow | undefined): number {
  const chars = row ? row.end - row.start : 0;
  return 12 + 37 * Math.max(1, Math.ceil(chars / 60)) + (row?.paragraphStart ? 12 : 0);
}

/**
 * Consecutive rows grouped into blocks of at most `maxChars` units of text and `maxRows` rows
 * (a row longer than that is a block of its own). The reader windows blocks, not rows: a
 * document of 100,000 short sentences is a few thousand blocks, so laying out the whole
 * document (which the windowing does whenever a drawn block's measured height changes) costs
 * a few thousand steps, not 100,000.
 */
export function readerBlocks(
  rows: readonly ReaderRow[],
  maxChars = BLOCK_CHARS,
  maxRows = BLOCK_ROWS,
): ReaderBlocks {
  const starts: number[] = [];
  const estimates: number[] = [];
  let chars = Infinity;
  let inBlock = maxRows;
  rows.forEach((row, i) => {
    const length = row.end - row.start;
    if (inBlock >= maxRows || chars + length > maxChars) {
      starts.push(i);
      estimates.push(0);
      chars = 0;
      inBlock = 0;
    }
    chars += length;
    inBlock++;
    estimates[estimates.length - 1] =
      (estimates[estimates.length - 1] ?? 0) + estimateRowHeight(row);
  });
  starts.push(rows.length);
  return {
    starts: Uint32Array.from(starts),
    estimates: Float64Array.from(estimates),
    count: estimates.length,
  };
}

/** The block that holds row `row` (a row index below the number of rows). */
export function blockOfRow(blocks: ReaderBlocks, row: number): number {
  let lo = 0;
  let hi = blocks.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((blocks.starts[mid] as number) <= row) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
