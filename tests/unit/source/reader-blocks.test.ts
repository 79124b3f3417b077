import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockOfRow,
  estimateRowHeight,
  readerBlocks,
} from '../../../src/features/source/reader-blocks';
import type { ReaderRow } from '../../../src/features/source/reader-rows';

/** Rows of the given lengths, one after another. */
function rowsOf(lengths: readonly number[]): ReaderRow[] {
  let at = 0;
  return lengths.map((length, i) => {
    const row = { start: at, end: at + length, en: null, sentence: i };
    at += length + 1;
    return { ...row, paragraphStart: i === 0, continued: false };
  });
}

describe('readerBlocks', () => {
  it('puts 100,000 short sentences in a few thousand blocks', () => {
    const blocks = readerBlocks(rowsOf(Array.from({ length: 100_000 }, () => 17)));
    expect(blocks.count).toBe(100_000 / 16);
    expect(blocks.starts[blocks.count]).toBe(100_000);
  });

  it('covers every row once, in order, within the limits, and finds each row’s block', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 20 }),
        (lengths, maxChars, maxRows) => {
          const rows = rowsOf(lengths);
          const blocks = readerBlocks(rows, maxChars, maxRows);
          expect(blocks.starts[0] ?? 0).toBe(0);
          expect(blocks.starts[blocks.count]).toBe(rows.length);
          for (let b = 0; b < blocks.count; b++) {
            const [from, to] = [blocks.starts[b]!, blocks.starts[b + 1]!];
            expect(to).toBeGreaterThan(from);
            expect(to - from).toBeLessThanOrEqual(maxRows);
            const inBlock = rows.slice(from, to);
            const chars = inBlock.reduce((sum, r) => sum + r.end - r.start, 0);
            // Only a row longer than the limit makes a block longer than the limit.
            if (inBlock.length > 1) expect(chars).toBeLessThanOrEqual(maxChars);
            const estimate = inBlock.reduce((sum, r) => sum + estimateRowHeight(r), 0);
            expect(blocks.estimates[b]).toBeCloseTo(estimate);
            for (let i = from; i < to; i++) expect(blockOfRow(blocks, i)).toBe(b);
          }
        },
      ),
      { seed: 14, numRuns: 200 },
    );
  });
});
