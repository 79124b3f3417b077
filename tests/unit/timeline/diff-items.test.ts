import { describe, expect, it } from 'vitest';
import { diffItems } from '../../../src/features/timeline/diff-items';
import type { TimelineEventItem } from '../../../src/features/timeline/timeline-event-item';

function point(id: string, day: number, extra: Partial<TimelineEventItem> = {}): TimelineEventItem {
  return {
    id,
    eventId: id,
    type: 'point',
    start: new Date(Date.UTC(2020, 6, day)),
    content: id,
    title: id,
    className: 'tl-item',
    eventType: 'visit',
    certainty: 'exact',
    glyph: '➜',
    ...extra,
  };
}

const mapOf = (items: TimelineEventItem[]) => new Map(items.map((i) => [i.id, i]));

describe('diffItems', () => {
  it('adds new items, removes gone ones and leaves equal ones alone', () => {
    const current = mapOf([point('a', 1), point('b', 2)]);
    // New objects with equal values (new Date instances too) are not updates.
    const diff = diffItems(current, [point('b', 2), point('c', 3)]);
    expect(diff.add.map((i) => i.id)).toEqual(['c']);
    expect(diff.remove).toEqual(['a']);
    expect(diff.update).toEqual([]);
  });

  it('updates items whose fields changed', () => {
    const current = mapOf([point('a', 1), point('b', 2)]);
    const diff = diffItems(current, [
      point('a', 1, { className: 'tl-item tl-selected' }),
      point('b', 5),
    ]);
    expect(diff.update.map((i) => i.id)).toEqual(['a', 'b']);
    expect(diff.add).toEqual([]);
    expect(diff.remove).toEqual([]);
  });

  it('replaces an item that loses a field (DataSet.update would keep the old end)', () => {
    const range = point('a', 1, { type: 'range', end: new Date(Date.UTC(2020, 6, 9)) });
    const diff = diffItems(mapOf([range]), [point('a', 1)]);
    expect(diff.remove).toEqual(['a']);
    expect(diff.add.map((i) => i.id)).toEqual(['a']);
    expect(diff.update).toEqual([]);
  });

  it('updates an item that gains a field', () => {
    const range = point('a', 1, { type: 'range', end: new Date(Date.UTC(2020, 6, 9)) });
    const diff = diffItems(mapOf([point('a', 1)]), [range]);
    expect(diff.update).toEqual([range]);
    expect(diff.remove).toEqual([]);
  });
});
