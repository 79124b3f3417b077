import { describe, expect, it } from 'vitest';
import { eventTypes } from '../../../src/domain/corpus/schema';
import { eventTypeCss } from '../../../src/features/timeline/event-type-css';
import { EVENT_TYPE_STYLE } from '../../../src/ui/event-type-style';

describe('eventTypeCss', () => {
  it('gives every event type its shared colour as --tl-color, inside the scope', () => {
    const css = eventTypeCss('.tl-view');
    for (const type of eventTypes)
      expect(css).toContain(
        `.tl-view .tl-type-${type}{--tl-color:${EVENT_TYPE_STYLE[type].color}}`,
      );
    expect(css.split('\n')).toHaveLength(eventTypes.length);
  });
});
