import { describe, expect, it } from 'vitest';
import { actorEntries } from '../../../src/features/actors/actor-entries';
import { groupActors } from '../../../src/features/actors/group-actors';
import { allEventIds, fixtureIndex } from './fixture';

describe('groupActors', () => {
  const entries = actorEntries(fixtureIndex, allEventIds);

  it('groups by kind in a fixed order, leaving out empty groups', () => {
    expect(groupActors(entries, 'en').map((g) => g.kind)).toEqual([
      'person',
      'organization',
      'media',
      'state',
    ]);
    expect(groupActors(entries, 'en', (e) => e.actor.kind !== 'media').map((g) => g.kind)).toEqual([
      'person',
      'organization',
      'state',
    ]);
  });

  it('sorts by event count, most first, then by name in the language', () => {
    const people = groupActors(entries, 'en')[0]?.entries.map((e) => e.actor.id);
    // akar 5, namroush 3, guler 2, erdogan 1, lavrov 0
    expect(people).toEqual(['akar', 'namroush', 'guler', 'erdogan', 'lavrov']);
    const organisations = groupActors(entries, 'en')[1]?.entries.map((e) => e.actor.id);
    // gna 4 events, turkish-government 3
    expect(organisations).toEqual(['gna', 'turkish-government']);
  });

  it('counts events, visible events and mentions', () => {
    const visible = new Set(['akar-visits-tripoli']);
    const akar = actorEntries(fixtureIndex, visible).find((e) => e.actor.id === 'akar');
    expect(akar).toMatchObject({ events: 5, visible: 1, mentions: 3 });
  });
});
