import { describe, expect, it } from 'vitest';
import type { TimelineEventItem } from '../../../src/features/timeline/TimelineEventItem';
import { withItemState } from '../../../src/features/timeline/withItemState';

const item = (id: string): TimelineEventItem => ({
  id,
  eventId: id,
  type: 'point',
  start: new Date(0),
  content: id,
  title: id,
  className: 'tl-item tl-exact',
  eventType: 'call',
  certainty: 'exact',
  glyph: '☎',
});

describe('withItemState', () => {
  it('fades the events a time filter leaves out, and only when time narrows the view', () => {
    const items = [item('a'), item('b'), item('~e:constructor')];
    const out = withItemState(items, null, null, new Set(['a', 'constructor']));
    expect(out[0]).toBe(items[0]);
    expect(out[1]?.className).toBe('tl-item tl-exact tl-outside');
    expect(out[2]).toBe(items[2]);
    expect(withItemState(items, null, null, null)).toEqual(items);
  });

  it('marks the selected and the hovered item and leaves the others as they are', () => {
    const items = [item('a'), item('b'), item('c')];
    const out = withItemState(items, 'a', 'b');
    expect(out[0]?.className).toBe('tl-item tl-exact tl-selected');
    expect(out[1]?.className).toBe('tl-item tl-exact tl-hovered');
    expect(out[2]).toBe(items[2]);
    expect(items[0]?.className).toBe('tl-item tl-exact');
  });

  it('marks one item both selected and hovered', () => {
    expect(withItemState([item('a')], 'a', 'a')[0]?.className).toBe(
      'tl-item tl-exact tl-selected tl-hovered',
    );
  });

  it('returns the same objects when nothing is selected or hovered', () => {
    const items = [item('a'), item('b')];
    const out = withItemState(items, null, 'zzz');
    expect(out[0]).toBe(items[0]);
    expect(out[1]).toBe(items[1]);
  });
});
