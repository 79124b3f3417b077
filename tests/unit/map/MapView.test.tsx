// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { FeatureCollection } from 'geojson';
import type { ComponentProps } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MapView } from '../../../src/features/map/MapView';
import { i18n } from '../../../src/i18n/i18n';
import { EVENTS, PLACES } from './fixture';
import { createHoverStore } from '../../../src/ui/hover-store';

const BASEMAP: FeatureCollection = { type: 'FeatureCollection', features: [] };

type Props = ComponentProps<typeof MapView>;

function props(overrides: Partial<Props> = {}): Props {
  return {
    places: PLACES,
    events: EVENTS,
    selectedEventId: null,
    hovered: createHoverStore(),
    selectedPlaceId: null,
    view: null,
    lang: 'en',
    tiles: false,
    basemapUrl: 'data/basemap.json',
    onSelectEvent: vi.fn(),
    onSelectPlace: vi.fn(),
    onHoverEvent: vi.fn(),
    onViewChange: vi.fn(),
    onTilesChange: vi.fn(),
    ...overrides,
  };
}

async function renderMap(p: Props) {
  const result = render(<MapView {...p} />, {
    wrapper: ({ children }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>,
  });
  await act(async () => {}); // let the basemap fetch settle
  return result;
}

/** A hover store with `id` hovered. */
function hoverOn(id: string) {
  const store = createHoverStore();
  store.set(id);
  return store;
}

function markers(container: HTMLElement): Map<string, HTMLElement> {
  const els = container.querySelectorAll<HTMLElement>('.athar-marker[data-place-id]');
  return new Map([...els].map((el) => [el.dataset.placeId ?? '', el]));
}

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(BASEMAP)))),
  );
});
afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('MapView markers', () => {
  it('draws one marker per place that has events, and none for places without', async () => {
    const { container } = await renderMap(props());
    expect([...markers(container).keys()].sort()).toEqual([
      'ankara',
      'istanbul',
      'libya',
      'mitiga-airport',
      'tarhuna',
      'tripoli',
      'turkey',
      'un-headquarters',
    ]);
  });

  it('shows the count in the badge and names the marker with place and count', async () => {
    const { container } = await renderMap(props());
    const tripoli = markers(container).get('tripoli');
    expect(tripoli?.querySelector('.athar-marker__count')?.textContent).toBe('3');
    expect(tripoli?.querySelector('.athar-marker__label')?.textContent).toBe('Tripoli');
    expect(screen.getByRole('button', { name: 'Tripoli: 3 events' })).toBe(tripoli);
    expect(screen.getByRole('button', { name: 'Mitiga Airport: 1 event' })).toHaveProperty(
      'tabIndex',
      0,
    );
  });

  it('marks country-level places as such, in the look and in the name', async () => {
    const { container } = await renderMap(props());
    const all = markers(container);
    expect(all.get('libya')?.classList.contains('athar-marker--country')).toBe(true);
    expect(all.get('tripoli')?.classList.contains('athar-marker--country')).toBe(false);
    expect(all.get('libya')?.getAttribute('aria-label')).toBe(
      'Libya (country level only): 2 events',
    );
  });

  it('follows the filtered events: fewer markers, new counts', async () => {
    const events = EVENTS.filter((e) => e.type === 'meeting' || e.id === 'un-letter');
    const { container } = await renderMap(props({ events }));
    const all = markers(container);
    expect([...all.keys()].sort()).toEqual(['tripoli', 'un-headquarters']);
    expect(all.get('tripoli')?.getAttribute('aria-label')).toBe('Tripoli: 2 events');
  });

  it('writes names and counts in Arabic, with Arabic plural forms', async () => {
    const { container } = await renderMap(props({ lang: 'ar' }));
    const all = markers(container);
    expect(all.get('tripoli')?.getAttribute('aria-label')).toBe('طرابلس: 3 أحداث');
    expect(all.get('libya')?.getAttribute('aria-label')).toBe(
      'ليبيا (على مستوى الدولة فقط): حدثان',
    );
    expect(all.get('ankara')?.getAttribute('aria-label')).toBe('أنقرة: حدث واحد');
    expect(all.get('tripoli')?.querySelector('.athar-marker__label')?.textContent).toBe('طرابلس');
  });

  it('highlights the selected event’s place and the hovered event’s place', async () => {
    const { container } = await renderMap(
      props({ selectedEventId: 'akar-visit', hovered: hoverOn('tarhuna-graves') }),
    );
    const all = markers(container);
    expect(all.get('tripoli')?.dataset.state).toBe('selected');
    expect(all.get('tarhuna')?.dataset.state).toBe('hovered');
    expect(all.get('ankara')?.dataset.state).toBeUndefined();
  });

  it('moves the highlight when the hovered event changes, keeping the same element', async () => {
    const hovered = hoverOn('tarhuna-graves');
    const { container } = await renderMap(props({ hovered }));
    const tarhuna = markers(container).get('tarhuna');
    act(() => hovered.set('ankara-briefing'));
    const all = markers(container);
    expect(all.get('tarhuna')).toBe(tarhuna);
    expect(tarhuna?.dataset.state).toBeUndefined();
    expect(all.get('ankara')?.dataset.state).toBe('hovered');
  });

  it('selects the place on click and on Enter', async () => {
    const onSelectPlace = vi.fn();
    const { container } = await renderMap(props({ onSelectPlace }));
    const all = markers(container);
    fireEvent.click(all.get('tarhuna') as HTMLElement);
    fireEvent.keyDown(all.get('ankara') as HTMLElement, { key: 'Enter' });
    expect(onSelectPlace.mock.calls).toEqual([['tarhuna'], ['ankara']]);
  });
});

describe('MapView popup', () => {
  it('lists the selected place’s events as buttons that select the event', async () => {
    const onSelectEvent = vi.fn();
    const { container } = await renderMap(props({ selectedPlaceId: 'tripoli', onSelectEvent }));
    const popup = container.querySelector<HTMLElement>('.athar-popup');
    expect(popup).not.toBeNull();
    const buttons = within(popup as HTMLElement).getAllByRole('button', { name: /Akar/ });
    expect(buttons.map((b) => b.textContent)).toEqual([
      '➜Akar visits Tripoli',
      '⇄Akar meets al-Sarraj',
      '⇄Akar meets al-Namroush',
    ]);
    fireEvent.click(buttons[1] as HTMLElement);
    expect(onSelectEvent).toHaveBeenCalledWith('akar-meets-sarraj');
  });

  it('is right-to-left in Arabic and says when a place is only a country', async () => {
    const { container } = await renderMap(props({ selectedPlaceId: 'libya', lang: 'ar' }));
    const popup = container.querySelector<HTMLElement>('.athar-popup');
    expect(popup?.getAttribute('dir')).toBe('rtl');
    expect(popup?.textContent).toContain('لا تذكر المصادر إلا الدولة');
    expect(popup?.textContent).toContain('نشر قوات تركية في ليبيا');
  });

  it('is closed by a click on the map, not by a click on another marker', async () => {
    const onSelectPlace = vi.fn();
    const { container } = await renderMap(props({ selectedPlaceId: 'tripoli', onSelectPlace }));
    fireEvent.click(markers(container).get('istanbul') as HTMLElement);
    expect(onSelectPlace.mock.calls).toEqual([['istanbul']]);
    fireEvent.click(container.querySelector('.leaflet-container') as HTMLElement);
    expect(onSelectPlace.mock.calls).toEqual([['istanbul'], [null]]);
  });

  it('is closed when no place is selected', async () => {
    const { container } = await renderMap(props());
    expect(container.querySelector('.athar-popup')).toBeNull();
  });
});

describe('MapView around the markers', () => {
  it('lists the events without a place beside the map', async () => {
    const onSelectEvent = vi.fn();
    await renderMap(props({ onSelectEvent }));
    const list = screen.getByRole('region', { name: '2 events without a place' });
    fireEvent.click(within(list).getByRole('button', { name: '2 events without a place' }));
    const buttons = within(within(list).getByRole('list')).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      '☎Phone call between ministers',
      '❝Ministry statement',
    ]);
    fireEvent.click(buttons[0] as HTMLElement);
    expect(onSelectEvent).toHaveBeenCalledWith('call-unplaced');
  });

  it('says so politely when the basemap cannot be loaded, and still draws the markers', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new Error('offline'))),
    );
    const { container } = await renderMap(props());
    expect(screen.getByRole('status').textContent).toContain(
      'The built-in map could not be loaded',
    );
    expect(markers(container).size).toBe(8);
  });

  it('toggles online tiles and credits the tiles only when they are on', async () => {
    const onTilesChange = vi.fn();
    const p = props({ onTilesChange });
    const { container, rerender } = await renderMap(p);
    const toggle = screen.getByRole('button', { name: 'Online map' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(onTilesChange).toHaveBeenCalledWith(true);
    const credits = () =>
      container.querySelector('.leaflet-control-attribution')?.textContent ?? '';
    expect(credits()).toContain('Natural Earth');
    // The built-in coasts come from OpenStreetMap data; the tiles are credited apart.
    expect(credits()).toContain('Coasts and borders © OpenStreetMap contributors');
    expect(credits()).not.toContain('Map tiles');
    rerender(<MapView {...p} tiles />);
    expect(credits()).toContain('Map tiles © OpenStreetMap contributors');
    expect(screen.getByRole('button', { name: 'Online map' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('asks before loading the online map a link asks for, and remembers the answer', async () => {
    const tileImages = (container: HTMLElement) =>
      container.querySelectorAll('img.leaflet-tile').length +
      container.querySelectorAll('.leaflet-tile-pane .leaflet-layer').length;
    const onTilesChange = vi.fn();
    const p = props({ tiles: true, onTilesChange });
    const first = await renderMap(p);
    // Nothing is loaded from outside until the user says so.
    expect(tileImages(first.container)).toBe(0);
    const ask = screen.getByRole('group', { name: 'Online map' });
    expect(ask.textContent).toContain('OpenStreetMap');
    fireEvent.click(within(ask).getByRole('button', { name: 'Keep the built-in map' }));
    expect(onTilesChange).toHaveBeenCalledWith(false);
    expect(screen.queryByRole('group', { name: 'Online map' })).toBeNull();
    first.unmount();
    // Asked once: the next link with tiles=1 neither asks nor loads.
    const second = await renderMap(p);
    expect(screen.queryByRole('group', { name: 'Online map' })).toBeNull();
    expect(tileImages(second.container)).toBe(0);
    second.unmount();
    localStorage.clear();
    const third = await renderMap(p);
    fireEvent.click(screen.getByRole('button', { name: 'Load the online map' }));
    expect(tileImages(third.container)).toBeGreaterThan(0);
  });

  it('remembers a yes across a reload: the next link with tiles=1 loads without asking', async () => {
    const tileImages = (container: HTMLElement) =>
      container.querySelectorAll('.leaflet-tile-pane .leaflet-layer').length;
    const p = props({ tiles: true });
    const first = await renderMap(p);
    expect(tileImages(first.container)).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Load the online map' }));
    expect(tileImages(first.container)).toBeGreaterThan(0);
    first.unmount();
    // A new page in the same browser: the answer is read back from its storage.
    expect(localStorage.getItem('athar.onlineTiles')).toBe('yes');
    const second = await renderMap(p);
    expect(screen.queryByRole('group', { name: 'Online map' })).toBeNull();
    expect(tileImages(second.container)).toBeGreaterThan(0);
    // The answer is this browser's: with its storage empty (another browser), it asks again.
    second.unmount();
    localStorage.clear();
    const third = await renderMap(p);
    expect(screen.getByRole('group', { name: 'Online map' })).toBeDefined();
    expect(tileImages(third.container)).toBe(0);
  });

  it('puts its controls on the left in English and on the right in Arabic', async () => {
    const p = props();
    const { container, rerender } = await renderMap(p);
    const zoomIn = () => container.querySelector<HTMLElement>('.leaflet-control-zoom-in');
    expect(zoomIn()?.closest('.leaflet-left')).not.toBeNull();
    expect(zoomIn()?.title).toBe('Zoom in');
    rerender(<MapView {...p} lang="ar" />);
    expect(zoomIn()?.closest('.leaflet-right')).not.toBeNull();
    expect(zoomIn()?.title).toBe('تكبير');
    expect(
      container.querySelector('.athar-tiles-control')?.closest('.leaflet-bottom.leaflet-right'),
    ).not.toBeNull();
    expect(
      container
        .querySelector('.leaflet-control-attribution')
        ?.closest('.leaflet-bottom.leaflet-left'),
    ).not.toBeNull();
    expect(container.querySelector('.athar-map')?.getAttribute('dir')).toBe('rtl');
    // The credits run right to left, joined by the Arabic comma, each isolated (dir=auto).
    const credits = container.querySelector('.leaflet-control-attribution');
    expect(credits?.getAttribute('dir')).toBe('rtl');
    expect(credits?.textContent).toContain('Natural Earth، السواحل والحدود');
    const coasts = [...(credits?.querySelectorAll('a') ?? [])].find((a) =>
      a.textContent.startsWith('السواحل'),
    );
    expect(coasts?.getAttribute('dir')).toBe('auto');
    expect(coasts?.getAttribute('lang')).toBe('ar');
    // The Latin name inside it is marked as English (screen readers, and no stray words).
    expect(coasts?.querySelector('span[lang="en"]')?.textContent).toBe('OpenStreetMap');
  });
});

describe('MapView view', () => {
  // jsdom has no layout: give every element a size, so that Leaflet can fit and zoom.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const zoomIn = (container: HTMLElement) =>
    fireEvent.click(container.querySelector('.leaflet-control-zoom-in') as HTMLElement);

  it('reports user moves, not its own fitting', async () => {
    const onViewChange = vi.fn();
    const { container } = await renderMap(props({ onViewChange }));
    expect(onViewChange).not.toHaveBeenCalled();
    zoomIn(container);
    expect(onViewChange).toHaveBeenCalledTimes(1);
  });

  it('shows the view it is given, without reporting it back', async () => {
    const onViewChange = vi.fn();
    const p = props({ onViewChange, view: { lat: 39.9, lon: 32.9, zoom: 6 } });
    const { container, rerender } = await renderMap(p);
    rerender(<MapView {...p} view={{ lat: 32.9, lon: 13.2, zoom: 5 }} />);
    expect(onViewChange).not.toHaveBeenCalled();
    zoomIn(container);
    const [reported] = onViewChange.mock.calls[0] ?? [];
    expect(reported).toMatchObject({ zoom: 6 });
    expect(reported.lat).toBeCloseTo(32.9, 1);
    expect(reported.lon).toBeCloseTo(13.2, 1);
  });

  it('reports at most every 250 ms, the last move included', async () => {
    const onViewChange = vi.fn();
    const { container } = await renderMap(
      props({ onViewChange, view: { lat: 30, lon: 15, zoom: 3 } }),
    );
    // The clock stands still while the map is zoomed three times, then moves on by hand.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    zoomIn(container);
    zoomIn(container);
    zoomIn(container);
    expect(onViewChange.mock.calls.map(([v]) => v.zoom)).toEqual([4]);
    act(() => vi.advanceTimersByTime(249));
    expect(onViewChange.mock.calls.map(([v]) => v.zoom)).toEqual([4]);
    act(() => vi.advanceTimersByTime(1));
    expect(onViewChange.mock.calls.map(([v]) => v.zoom)).toEqual([4, 6]);
  });
});
