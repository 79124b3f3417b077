import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createViewStateWriter } from '../../../src/url-state/create-view-state-writer';
import { DEFAULT_VIEW_STATE, historyForChange, type ViewState } from '../../../src/url-state';

const at = (lat: number) => ({ map: { lat, lon: 13, zoom: 5 } });

function setUp() {
  let current: ViewState = { ...DEFAULT_VIEW_STATE };
  const writes: [Partial<ViewState>, 'push' | 'replace'][] = [];
  const writer = createViewStateWriter({
    waitMs: 250,
    current: () => current,
    write: (state, history) => {
      current = state;
      writes.push([{ event: state.event, map: state.map }, history]);
    },
  });
  return { writer, writes };
}

describe('historyForChange', () => {
  const base: ViewState = { ...DEFAULT_VIEW_STATE, map: { lat: 32.89, lon: 13.18, zoom: 5 } };
  it('pushes for a selection, replaces for the map, pushes when both change', () => {
    expect(historyForChange(base, { ...base, event: 'mou' })).toBe('push');
    expect(historyForChange(base, { ...base, ...at(30) })).toBe('replace');
    expect(historyForChange(base, { ...base, ...at(30), event: 'mou' })).toBe('push');
  });
  it('writes nothing for no change, or a pan smaller than the URL precision', () => {
    expect(historyForChange(base, { ...base })).toBeNull();
    expect(
      historyForChange(base, { ...base, map: { lat: 32.891, lon: 13.18, zoom: 5 } }),
    ).toBeNull();
  });
});

describe('createViewStateWriter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a selection at once as a new history entry', () => {
    const { writer, writes } = setUp();
    writer.update({ event: 'mou' });
    expect(writes).toEqual([[{ event: 'mou', map: null }, 'push']]);
  });

  it('throttles map moves: the first at once, then only the latest per 250 ms', () => {
    const { writer, writes } = setUp();
    writer.update(at(1));
    writer.update(at(2));
    writer.update(at(3));
    expect(writes.map(([s, h]) => [s.map?.lat, h])).toEqual([[1, 'replace']]);
    vi.advanceTimersByTime(249);
    expect(writes).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(writes.map(([s, h]) => [s.map?.lat, h])).toEqual([
      [1, 'replace'],
      [3, 'replace'],
    ]);
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveLength(2);
  });

  it('carries a pending map move into a selection that comes before the window ends', () => {
    const { writer, writes } = setUp();
    writer.update(at(1));
    writer.update(at(2));
    writer.update({ event: 'mou' });
    expect(writes.at(-1)).toEqual([{ event: 'mou', map: { lat: 2, lon: 13, zoom: 5 } }, 'push']);
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveLength(2);
  });

  it('forgets a pending move when cancelled', () => {
    const { writer, writes } = setUp();
    writer.update(at(1));
    writer.update(at(2));
    writer.cancel();
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveLength(1);
  });
});
