import { describe, expect, it } from 'vitest';
import { createItemMapper } from '../../../src/features/timeline/create-item-mapper';
import { i18n } from '../../../src/i18n/i18n';
import { makeEvent } from './make-event';

describe('createItemMapper', () => {
  it('maps an event once per language and remembers the item', () => {
    const event = makeEvent('a', 'visit', { start: '2020-07-03' });
    const en = createItemMapper('en', i18n.getFixedT('en', 'timeline'));
    const first = en(event);
    expect(en(event)).toBe(first);
    expect(en({ ...event })).not.toBe(first);
    expect(createItemMapper('ar', i18n.getFixedT('ar', 'timeline'))(event).content).toBe('حدث a');
    expect(first.content).toBe('Event a');
  });
});
