import { describe, expect, it } from 'vitest';
import { RectIndex, type Rect } from '../../../src/features/map/rect-index';

/** A seeded generator (mulberry32): the same rectangles on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const overlapsAny = (a: Rect, rects: readonly Rect[]) =>
  rects.some((b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1);

describe('RectIndex', () => {
  it('answers like checking every rectangle, across cells and at negative coordinates', () => {
    const next = random(7);
    const rect = (): Rect => {
      const x = next() * 2000 - 1000;
      const y = next() * 2000 - 1000;
      return { x0: x, y0: y, x1: x + 1 + next() * 150, y1: y + 1 + next() * 60 };
    };
    const rects = Array.from({ length: 400 }, rect);
    const index = new RectIndex(rects.slice(0, 200));
    for (const r of rects.slice(200)) index.add(r);
    let hits = 0;
    for (let i = 0; i < 2000; i++) {
      const q = rect();
      const expected = overlapsAny(q, rects);
      if (expected) hits++;
      expect(index.overlaps(q)).toBe(expected);
    }
    // Both answers occur, so the comparison means something.
    expect(hits).toBeGreaterThan(100);
    expect(hits).toBeLessThan(1900);
  });

  it('does not count rectangles that only touch', () => {
    const index = new RectIndex([{ x0: 0, y0: 0, x1: 64, y1: 64 }]);
    expect(index.overlaps({ x0: 64, y0: 0, x1: 100, y1: 10 })).toBe(false);
    expect(index.overlaps({ x0: 63, y0: 63, x1: 100, y1: 100 })).toBe(true);
  });
});
