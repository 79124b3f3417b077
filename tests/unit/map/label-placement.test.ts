import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelItem } from '../../../src/features/map/label-placement';

const item = (id: string, x: number, y: number, labelWidth = 60): LabelItem => ({
  id,
  x,
  y,
  size: 24,
  labelWidth,
  labelHeight: 16,
});

describe('placeLabels', () => {
  it('writes names after the mark in reading order', () => {
    expect(placeLabels([item('a', 0, 0)], false, null).get('a')).toBe('end');
    expect(placeLabels([item('a', 0, 0)], true, null).get('a')).toBe('end');
  });

  it('moves a name that would cover another mark or name, and drops one with no room', () => {
    const out = placeLabels([item('a', 0, 0), item('b', 50, 0)], false, null);
    expect(out.get('a')).toBe('start');
    expect(out.get('b')).toBe('end');
    const crowded = placeLabels(
      [
        item('a', 0, 0),
        item('b', 40, 0),
        item('c', -40, 0),
        item('d', 0, 22),
        item('e', 0, -22),
        item('f', 0, 0),
      ],
      false,
      null,
    );
    expect(crowded.get('f')).toBe('none');
  });

  it('gives way to marks for towns, and keeps names inside the view', () => {
    const out = placeLabels(
      [item('a', 0, 0)],
      false,
      { x0: -100, y0: -100, x1: 50, y1: 100 },
      [],
      [item('town', 30, 0)],
    );
    expect(out.get('a')).toBe('start');
    expect(out.get('town')).not.toBe('end');
  });
});
