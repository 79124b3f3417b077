import { describe, expect, it } from 'vitest';
import { actorListLayout, ROW_UNITS } from '../../../src/features/actors/actor-list-layout';
import { groupActors } from '../../../src/features/actors/group-actors';
import { actorEntries } from '../../../src/features/actors/actor-entries';
import { allEventIds, fixtureIndex } from './fixture';

describe('actorListLayout', () => {
  it('puts each group under its heading, one unit for a heading and ROW_UNITS per actor', () => {
    const groups = groupActors(actorEntries(fixtureIndex, allEventIds), 'en');
    const sizes = groups.map((g) => g.entries.length);
    expect(sizes).toEqual([5, 2, 1, 1]);
    const { starts, headings, rowOf } = actorListLayout(groups);
    expect(headings).toEqual([0, 6, 9, 11]);
    expect(starts.length).toBe(4 + 9 + 1);
    // People: heading at 0, Akar (the first person) right after it.
    expect(starts[0]).toBe(0);
    expect(rowOf.get('akar')).toBe(1);
    expect(starts[1]).toBe(1);
    expect(starts[2]).toBe(1 + ROW_UNITS);
    // Organisations: their heading after the five people.
    expect(starts[6]).toBe(1 + 5 * ROW_UNITS);
    expect(starts[7]).toBe(2 + 5 * ROW_UNITS);
    // The end: four headings and nine actors.
    expect(starts[starts.length - 1]).toBe(4 + 9 * ROW_UNITS);
  });

  it('is empty when nothing matches', () => {
    const { starts, headings, rowOf } = actorListLayout([]);
    expect([...starts]).toEqual([0]);
    expect(headings).toEqual([]);
    expect(rowOf.size).toBe(0);
  });
});
