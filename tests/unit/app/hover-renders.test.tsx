// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '../robust/bundled-corpus';
import { mockFetch, renderApp } from '../robust/render-app';

/**
 * How many times each view has rendered: the counter calls the real component as a function,
 * so its hooks are the counter's and a render it causes itself (a subscription) counts too.
 */
const renders = vi.hoisted(() => ({ map: 0, timeline: 0, canvas: 0, list: 0 }));

vi.mock('../../../src/features/map/MapView', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/features/map/MapView')>();
  function MapView(props: ComponentProps<typeof real.MapView>) {
    renders.map += 1;
    return real.MapView(props);
  }
  return { ...real, MapView };
});
vi.mock('../../../src/features/timeline/TimelineView', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/features/timeline/TimelineView')>();
  function TimelineView(props: ComponentProps<typeof real.TimelineView>) {
    renders.timeline += 1;
    return real.TimelineView(props);
  }
  return { ...real, TimelineView };
});
vi.mock('../../../src/features/timeline/TimelineCanvas', async (importOriginal) => {
  const real =
    await importOriginal<typeof import('../../../src/features/timeline/TimelineCanvas')>();
  function TimelineCanvas(props: ComponentProps<typeof real.TimelineCanvas>) {
    renders.canvas += 1;
    return real.TimelineCanvas(props);
  }
  return { ...real, TimelineCanvas };
});
vi.mock('../../../src/features/events-list/EventList', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/features/events-list/EventList')>();
  function EventList(props: ComponentProps<typeof real.EventList>) {
    renders.list += 1;
    return real.EventList(props);
  }
  return { ...real, EventList };
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('hovering an event', () => {
  it('marks it in the list and on the map without rendering the map, timeline or list again', async () => {
    localStorage.setItem('athar.welcomed', 'true');
    mockFetch();
    renderApp('/?lang=en');
    const list = await screen.findByRole('list', { name: 'Events' });
    await waitFor(
      () => {
        expect(renders.map).toBeGreaterThan(0);
        expect(renders.canvas).toBeGreaterThan(0);
        expect(document.querySelector('.athar-marker[data-place-id="tripoli"]')).not.toBeNull();
        // The map and the timeline are lazy chunks: their import may take a while on a busy machine.
      },
      { timeout: 30_000 },
    );
    await act(async () => {}); // let the first fetches and effects settle

    // A row whose event has a place: hovering it marks that place's marker.
    const placed = new Set(bundledCorpus().events.flatMap((e) => (e.place ? [e.id] : [])));
    const row = within(list)
      .getAllByRole('listitem')
      .find((li) => placed.has(li.querySelector('button')?.dataset.eventId ?? ''));
    if (!row) throw new Error('no row of an event with a place is drawn');
    const marker = () => document.querySelector<HTMLElement>('.athar-marker[data-state="hovered"]');
    expect(marker()).toBeNull();
    const before = { ...renders };

    fireEvent.mouseEnter(row);
    expect(row.classList.contains('event-row--hovered')).toBe(true);
    expect(marker()).not.toBeNull();
    // The canvas (the adapter's host) re-renders to update the items' classes; nothing else.
    expect(renders.canvas).toBe(before.canvas + 1);
    expect({ map: renders.map, timeline: renders.timeline, list: renders.list }).toEqual({
      map: before.map,
      timeline: before.timeline,
      list: before.list,
    });

    fireEvent.mouseLeave(row);
    expect(row.classList.contains('event-row--hovered')).toBe(false);
    expect(marker()).toBeNull();
    expect({ map: renders.map, timeline: renders.timeline, list: renders.list }).toEqual({
      map: before.map,
      timeline: before.timeline,
      list: before.list,
    });
  }, 60_000);
});
