import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutPoint, readerRows, rowAtOffset } from '../../../src/features/source/reader-rows';
import { sourceRows } from '../../../src/features/source/source-rows';
import { tripoliDoc } from './fixture';

describe('readerRows', () => {
  it('keeps short rows whole and marks where paragraphs start', () => {
    const rows = readerRows(tripoliDoc.text, sourceRows(tripoliDoc));
    expect(rows.map((r) => [r.sentence, r.paragraphStart, r.continued])).toEqual([
      [0, true, false],
      [1, true, false],
      [2, true, false],
      [3, true, false],
      [4, true, false],
      [5, false, false],
      [6, true, false],
    ]);
  });

  it('cuts a long line at sentence ends into pieces of at most the limit', () => {
    const text = 'كلمة النمروش هنا. '.repeat(1000);
    const rows = readerRows(text, sourceRows({ text, sentences: [] }), 100);
    expect(rows.length).toBeGreaterThan(180);
    for (const row of rows) {
      expect(row.end - row.start).toBeLessThanOrEqual(100);
      expect(text.slice(row.start, row.end)).toMatch(/^كلمة.*هنا\.$/);
    }
    expect(rows[0]?.paragraphStart).toBe(true);
    expect(rows.slice(1).every((r) => r.continued && !r.paragraphStart)).toBe(true);
  });

  it('loses no character but the spaces at the cuts, and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '.', '😀', 'ب', '\n'), maxLength: 400 }),
        fc.integer({ min: 4, max: 40 }),
        (text, max) => {
          const rows = readerRows(text, sourceRows({ text, sentences: [] }), max);
          let pos = 0;
          for (const row of rows) {
            expect(text.slice(pos, row.start).trim()).toBe('');
            expect(row.end - row.start).toBeLessThanOrEqual(max);
            expect(row.end).toBeGreaterThan(row.start);
            const last = text.charCodeAt(row.end - 1);
            expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
            pos = row.end;
          }
          expect(text.slice(pos).trim()).toBe('');
        },
      ),
      { seed: 14, numRuns: 300 },
    );
  });

  it('finds the row holding an offset by binary search', () => {
    const rows = [{ end: 5 }, { end: 9 }, { end: 20 }];
    expect([0, 4, 5, 8, 9, 19, 20].map((o) => rowAtOffset(rows, o))).toEqual([0, 0, 1, 1, 2, 2, 3]);
    expect(cutPoint('abc', 0, 3, 10)).toBe(3);
  });
});
