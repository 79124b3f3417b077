import { describe, expect, it } from 'vitest';
import { coActors } from '../../../src/domain/network/co-actors';
import { fixtureIndex } from './fixture';

describe('coActors', () => {
  it('counts the events each other actor shares, most shared first, then by id', () => {
    expect(coActors(fixtureIndex, 'akar')).toEqual([
      { id: 'namroush', count: 3 },
      { id: 'gna', count: 2 },
      { id: 'guler', count: 2 },
      { id: 'erdogan', count: 1 },
      { id: 'libya-218', count: 1 },
      { id: 'turkey', count: 1 },
      { id: 'turkish-government', count: 1 },
    ]);
  });

  it('never lists the actor itself', () => {
    expect(coActors(fixtureIndex, 'gna').map((c) => c.id)).not.toContain('gna');
  });

  it('counts only the given events when eventIds is passed', () => {
    const inTripoli = new Set(['akar-visits-tripoli', 'akar-meets-namroush']);
    expect(coActors(fixtureIndex, 'akar', inTripoli)).toEqual([
      { id: 'gna', count: 2 },
      { id: 'guler', count: 2 },
      { id: 'namroush', count: 1 },
      { id: 'turkish-government', count: 1 },
    ]);
  });

  it('is empty for an actor with no events, an unknown id, or no events left', () => {
    expect(coActors(fixtureIndex, 'lavrov')).toEqual([]);
    expect(coActors(fixtureIndex, 'nobody')).toEqual([]);
    expect(coActors(fixtureIndex, 'akar', new Set())).toEqual([]);
  });

  it('counts an actor listed twice in one event once', () => {
    const event = fixtureIndex.eventsById.get('mitiga-ceremony');
    if (!event) throw new Error('fixture changed');
    const doubled = {
      ...fixtureIndex,
      eventsById: new Map(fixtureIndex.eventsById).set(event.id, {
        ...event,
        actors: [...event.actors, { id: 'namroush', role: 'speaker' as const }],
      }),
    };
    expect(coActors(doubled, 'akar').find((c) => c.id === 'namroush')?.count).toBe(3);
  });
});
