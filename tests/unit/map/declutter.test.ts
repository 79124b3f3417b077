import { describe, expect, it } from 'vitest';
import { declutter, type LayoutItem } from '../../../src/features/map/declutter';

const item = (id: string, x: number, y: number, labelWidth = 60): LayoutItem => ({
  id,
  x,
  y,
  size: 24,
  labelWidth,
  labelHeight: 16,
});

function badgesOverlap(
  a: LayoutItem,
  pa: { dx: number; dy: number },
  b: LayoutItem,
  pb: { dx: number; dy: number },
): boolean {
  const d = Math.hypot(a.x + pa.dx - (b.x + pb.dx), a.y + pa.dy - (b.y + pb.dy));
  return d < (a.size + b.size) / 2;
}

describe('declutter', () => {
  it('leaves markers that do not touch where they are, names after the badge', () => {
    const out = declutter([item('a', 0, 0), item('b', 300, 0)], false);
    expect(out.get('a')).toEqual({ dx: 0, dy: 0, label: 'end' });
    expect(out.get('b')).toEqual({ dx: 0, dy: 0, label: 'end' });
  });

  it('moves markers at the same spot apart, the first one staying put', () => {
    const items = [item('tripoli', 100, 100), item('mitiga', 101, 100), item('tarhuna', 103, 104)];
    const out = declutter(items, false);
    expect(out.get('tripoli')).toMatchObject({ dx: 0, dy: 0 });
    for (const a of items)
      for (const b of items) {
        if (a === b) continue;
        expect(
          badgesOverlap(a, out.get(a.id) ?? { dx: 0, dy: 0 }, b, out.get(b.id) ?? { dx: 0, dy: 0 }),
        ).toBe(false);
      }
  });

  it('writes a name on the other side, then above or below, when its side is taken', () => {
    // b sits just right of a: a's name cannot go after (right of) the badge in English.
    const out = declutter([item('a', 100, 100), item('b', 135, 100)], false);
    expect(out.get('a')?.label).toBe('start');
    expect(out.get('b')?.label).toBe('end');
  });

  it('in right-to-left, "after the badge" is to the left', () => {
    // b sits just left of a: in Arabic a's name would go there, so it goes right instead.
    const out = declutter([item('a', 100, 100), item('b', 65, 100)], true);
    expect(out.get('a')?.label).toBe('start');
    expect(out.get('b')?.label).toBe('end');
  });

  it('writes a name only inside the visible area', () => {
    const view = { x0: 0, y0: 0, x1: 120, y1: 200 };
    expect(declutter([item('a', 100, 100)], false, view).get('a')?.label).toBe('start');
    // Too long to fit on any side of a badge at the edge: left out.
    expect(declutter([item('a', 5, 100, 130)], false, view).get('a')?.label).toBe('none');
  });

  it('is deterministic', () => {
    const items = Array.from({ length: 30 }, (_, i) =>
      item(`p${String(i)}`, (i * 7) % 50, (i * 11) % 40),
    );
    expect([...declutter(items, false)]).toEqual([...declutter(items, false)]);
  });
});
