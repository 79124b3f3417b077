// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  useNavigationType,
  type NavigateFunction,
} from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  useViewState,
  VIEW_STATE_THROTTLE_MS,
  type KnownIds,
  type ViewStateHandle,
} from '../../../src/url-state';

interface Seen {
  view: ViewStateHandle;
  search: string;
  type: string;
  navigate: NavigateFunction;
  rerender: () => void;
}

function Probe({ seen, known }: { seen: Seen[]; known?: KnownIds }) {
  const view = useViewState(known);
  const location = useLocation();
  const type = useNavigationType();
  const navigate = useNavigate();
  const [, setTick] = useState(0);
  seen.push({
    view,
    search: location.search,
    type,
    navigate,
    rerender: () => setTick((n) => n + 1),
  });
  return null;
}

/** Two history entries, the app at the second: Back from there goes to `?lang=ar`. */
function open(url: string, known?: KnownIds) {
  const seen: Seen[] = [];
  render(
    <MemoryRouter initialEntries={['/?lang=ar', url]} initialIndex={1}>
      <Probe seen={seen} known={known} />
    </MemoryRouter>,
  );
  const last = () => {
    const entry = seen.at(-1);
    if (!entry) throw new Error('not rendered');
    return entry;
  };
  const back = () => act(() => void last().navigate(-1));
  return { last, back, seen };
}

const map = (lat: number) => ({ map: { lat, lon: 13.18, zoom: 5 } });

describe('useViewState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('reads the view from the URL and reports what it dropped', () => {
    const { last } = open('/?lang=en&event=mou&actor=Bad!&utm=1');
    expect(last().view.state).toMatchObject({ lang: 'en', event: 'mou', actor: null });
    expect(last().view.dropped.map((d) => [d.key, d.reason])).toEqual([
      ['actor', 'malformed'],
      ['utm', 'unknown-key'],
    ]);
  });

  it('selecting pushes a history entry, so Back undoes it', () => {
    const { last, back } = open('/?lang=en');
    act(() => last().view.update({ event: 'mou-2019-11' }));
    expect(last().search).toBe('?lang=en&event=mou-2019-11');
    expect(last().type).toBe('PUSH');
    expect(last().view.state.event).toBe('mou-2019-11');
    back();
    expect(last().search).toBe('?lang=en');
    expect(last().view.state.event).toBeNull();
  });

  it('moving the map replaces the entry, throttled, latest wins', () => {
    const { last, back } = open('/?lang=en');
    act(() => last().view.update(map(30)));
    expect(last().search).toBe('?lang=en&map=5/30.00/13.18');
    expect(last().type).toBe('REPLACE');
    act(() => last().view.update(map(31)));
    act(() => last().view.update(map(32)));
    expect(last().search).toBe('?lang=en&map=5/30.00/13.18');
    act(() => vi.advanceTimersByTime(VIEW_STATE_THROTTLE_MS));
    expect(last().search).toBe('?lang=en&map=5/32.00/13.18');
    expect(last().view.state.map).toEqual({ lat: 32, lon: 13.18, zoom: 5 });
    back(); // no entry was added: Back leaves the app's entry
    expect(last().search).toBe('?lang=ar');
  });

  it('keeps both of two updates made in the same event handler', () => {
    const { last } = open('/');
    act(() => {
      const { update } = last().view;
      update({ event: 'mou' });
      update({ actors: ['sarraj', 'akar'] });
    });
    expect(last().search).toBe('?event=mou&actors=akar,sarraj');
  });

  it('gives the same state object and update function while the URL is the same', () => {
    const { last } = open('/?lang=en&actors=akar');
    const first = last().view;
    act(() => last().rerender());
    act(() => last().view.update({ actors: ['akar'] })); // no change: no navigation
    expect(last().view.state).toBe(first.state);
    expect(last().view.update).toBe(first.update);
  });

  it('drops ids the corpus lacks when given the known ids, and cleans them on the next write', () => {
    const known: KnownIds = {
      events: new Set(['mou']),
      actors: new Set(['akar']),
      places: new Set(),
      documents: new Set(),
      types: new Set(),
    };
    const { last } = open('/?event=gone&actors=akar,nobody', known);
    expect(last().view.state).toMatchObject({ event: null, actors: ['akar'] });
    expect(last().view.dropped).toEqual([
      { key: 'event', value: 'gone', reason: 'unknown-id' },
      { key: 'actors', value: 'nobody', reason: 'unknown-id' },
    ]);
    act(() => last().view.update({ lang: 'en' }));
    expect(last().search).toBe('?lang=en&actors=akar');
  });
});
