import { describe, expect, it } from 'vitest';
import { actorSummary } from '../../../src/features/events-list/actor-summary';
import { fixtureIndex } from '../actors/fixture';

describe('actorSummary', () => {
  it('names the first three actors and counts the rest', () => {
    const event = fixtureIndex.eventsById.get('akar-meets-namroush');
    if (!event) throw new Error('fixture changed');
    expect(actorSummary(event, fixtureIndex, 'en')).toEqual({
      names: ['Hulusi Akar', 'Salah al-Din al-Namroush', 'Yaşar Güler'],
      more: 2,
    });
    expect(actorSummary(event, fixtureIndex, 'ar').names[0]).toBe('خلوصي أكار');
  });

  it('names them all when there are three or fewer', () => {
    const event = fixtureIndex.eventsById.get('mitiga-ceremony');
    if (!event) throw new Error('fixture changed');
    expect(actorSummary(event, fixtureIndex, 'en')).toEqual({
      names: ['Hulusi Akar', 'Salah al-Din al-Namroush'],
      more: 0,
    });
  });
});
