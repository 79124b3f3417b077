import { describe, expect, it } from 'vitest';
import { isBinId } from '../../../src/features/timeline/timeline-bin-item';
import { eventIdOfItem, toItemId } from '../../../src/features/timeline/timeline-item-id';

const ODD = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'has space',
  'a.b.c',
  'حدث-١',
  '~bin:day:0',
  '~e:x',
];

describe('timeline item ids', () => {
  it('keep a plain event id as it is (the item is found by data-id="<event id>")', () => {
    expect(toItemId('akar-visits-tripoli-2020')).toBe('akar-visits-tripoli-2020');
  });

  it('are own keys of a plain object for every odd id, and lead back to the event id', () => {
    for (const id of ODD) {
      const item = toItemId(id);
      const store: Record<string, number> = {};
      expect(store[item], id).toBeUndefined(); // nothing inherited under that name
      store[item] = 1;
      expect(Object.keys(store), id).toEqual([item]);
      expect(isBinId(item), id).toBe(false);
      expect(eventIdOfItem(item), id).toBe(id);
    }
    expect(new Set(ODD.map(toItemId)).size).toBe(ODD.length);
  });
});
