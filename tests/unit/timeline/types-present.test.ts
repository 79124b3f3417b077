import { describe, expect, it } from 'vitest';
import { typesPresent } from '../../../src/features/timeline/types-present';
import { makeEvent } from './make-event';

describe('typesPresent', () => {
  it('lists each type once, in the schema order, whatever the event order', () => {
    const events = [
      makeEvent('a', 'ceremony', { start: '2020-01-01' }),
      makeEvent('b', 'visit', { start: '2020-01-02' }),
      makeEvent('c', 'ceremony', { start: '2020-01-03' }),
      makeEvent('d', 'agreement', { start: '2020-01-04' }),
    ];
    expect(typesPresent(events)).toEqual(['visit', 'agreement', 'ceremony']);
    expect(typesPresent([])).toEqual([]);
  });
});
