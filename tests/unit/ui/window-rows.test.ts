import { describe, expect, it } from 'vitest';
import { windowRows } from '../../../src/ui/window-rows';

describe('windowRows', () => {
  it('gives the rows of the window, in order', () => {
    expect(windowRows(3, 6, 100)).toEqual([3, 4, 5, 6]);
  });

  it('adds rows outside the window in their place, once, and leaves out the impossible', () => {
    expect(windowRows(10, 12, 100, [50, 2, 11, 50, undefined, -1, 100])).toEqual([
      2, 10, 11, 12, 50,
    ]);
  });

  it('keeps within the list', () => {
    expect(windowRows(0, 20, 3)).toEqual([0, 1, 2]);
    expect(windowRows(0, -1, 0, [0])).toEqual([]);
  });
});
