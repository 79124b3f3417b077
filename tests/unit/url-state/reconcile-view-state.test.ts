import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW_STATE,
  reconcileViewState,
  type KnownIds,
  type ViewState,
} from '../../../src/url-state';

const known: KnownIds = {
  events: new Set(['mou-2019-11']),
  actors: new Set(['akar', 'sarraj']),
  places: new Set(['tripoli']),
  documents: new Set(['003_24fb423664423354']),
  types: new Set(['visit', 'agreement']),
};

describe('reconcileViewState', () => {
  it('drops ids the loaded corpus does not have, one notice each, and keeps the rest', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      event: 'gone-event',
      actor: 'akar',
      place: 'atlantis',
      doc: '999_deadbeef',
      actors: ['akar', 'nobody', 'sarraj'],
      places: ['tripoli'],
      types: ['election', 'visit'],
      q: 'kept',
    };
    const { state: next, dropped } = reconcileViewState(state, known);
    expect(next).toEqual({
      ...state,
      event: null,
      place: null,
      doc: null,
      actors: ['akar', 'sarraj'],
      types: ['visit'],
    });
    expect(dropped).toEqual([
      { key: 'event', value: 'gone-event', reason: 'unknown-id' },
      { key: 'place', value: 'atlantis', reason: 'unknown-id' },
      { key: 'doc', value: '999_deadbeef', reason: 'unknown-id' },
      { key: 'actors', value: 'nobody', reason: 'unknown-id' },
      { key: 'types', value: 'election', reason: 'unknown-id' },
    ]);
    expect(state.event).toBe('gone-event'); // the input is not changed
  });

  it('returns the very same state when every id is known (memoised views keep their cache)', () => {
    const state: ViewState = { ...DEFAULT_VIEW_STATE, event: 'mou-2019-11', actors: ['akar'] };
    const result = reconcileViewState(state, known);
    expect(result.state).toBe(state);
    expect(result.dropped).toEqual([]);
  });
});
