import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/features/network/place-labels';

describe('placeLabels', () => {
  it('puts a label on the side towards the middle when it fits', () => {
    const p = placeLabels(
      [
        { id: 'a', x: 50, y: 50, r: 5, text: 'Akar' },
        { id: 'b', x: 350, y: 150, r: 5, text: 'Güler' },
      ],
      400,
      200,
    );
    expect(p.get('a')).toEqual({ side: 'right', visible: true });
    expect(p.get('b')).toEqual({ side: 'left', visible: true });
  });

  it('uses the other side, then hides, when labels would overlap', () => {
    const items = [
      { id: 'a', x: 100, y: 50, r: 5, text: 'Hulusi Akar' },
      { id: 'b', x: 100, y: 56, r: 5, text: 'Yaşar Güler' },
      { id: 'c', x: 100, y: 62, r: 5, text: 'Salah al-Namroush' },
    ];
    const p = placeLabels(items, 400, 200);
    expect(p.get('a')).toEqual({ side: 'right', visible: true });
    expect(p.get('b')).toEqual({ side: 'left', visible: true });
    expect(p.get('c')!.visible).toBe(false);
  });

  it('draws a required label (the focused actor) even where it does not fit', () => {
    const long = 'x'.repeat(80);
    expect(
      placeLabels([{ id: 's', x: 200, y: 100, r: 5, text: long, required: true }], 400, 200).get(
        's',
      ),
    ).toEqual({
      side: 'left',
      visible: true,
    });
  });

  it('keeps labels off other circles', () => {
    const p = placeLabels(
      [
        { id: 'a', x: 100, y: 50, r: 5, text: 'Hulusi Akar' },
        { id: 'b', x: 125, y: 50, r: 8, text: 'B' },
      ],
      400,
      200,
    );
    expect(p.get('a')!.side).toBe('left');
  });

  it('never lets a drawn label leave the picture', () => {
    const p = placeLabels(
      [{ id: 'edge', x: 390, y: 100, r: 5, text: 'A very long name indeed' }],
      400,
      200,
    );
    expect(p.get('edge')).toEqual({ side: 'left', visible: true });
    const tooLong = placeLabels(
      [{ id: 'x', x: 200, y: 100, r: 5, text: 'x'.repeat(80) }],
      400,
      200,
    );
    expect(tooLong.get('x')!.visible).toBe(false);
  });
});
