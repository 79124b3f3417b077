// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import { EventList, type EventListProps } from '../../../src/features/events-list/EventList';
import { i18n } from '../../../src/i18n/i18n';
import { fixtureCorpus, fixtureIndex } from '../actors/fixture';
import { renderInLanguage } from '../actors/render-in-language';
import { createHoverStore } from '../../../src/ui/hover-store';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function props(overrides: Partial<EventListProps> = {}): EventListProps {
  return {
    index: fixtureIndex,
    events: fixtureIndex.events,
    lang: 'en',
    selectedId: null,
    hovered: createHoverStore(),
    onSelect: vi.fn(),
    onHover: vi.fn(),
    ...overrides,
  };
}

const rowButtons = () => within(screen.getByRole('list')).getAllByRole('button');

/** A corpus of `n` events, copies of the fixture's, in time order. */
function bigIndex(n: number) {
  const base = fixtureCorpus.events;
  const events = Array.from({ length: n }, (_, i) => {
    const e = base[i % base.length] as (typeof base)[number];
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
    const year = 2000 + Math.floor(i / 336);
    const iso = `${year}-${month}-${day}`;
    return {
      ...e,
      id: `e-${String(i).padStart(5, '0')}`,
      date: { start: iso, end: iso, precision: 'day' as const, basis: 'stated' as const },
    };
  });
  return buildCorpusIndex({ ...fixtureCorpus, events });
}

describe('EventList', () => {
  it('isolates each actor name: an override in one cannot reverse the names after it', async () => {
    const corpus = {
      ...fixtureCorpus,
      actors: fixtureCorpus.actors.map((a) =>
        a.id === 'akar' ? { ...a, name: { ...a.name, en: '\u202EAKAR' } } : a,
      ),
    };
    const index = buildCorpusIndex(corpus);
    await renderInLanguage(<EventList {...props({ index, events: index.events })} />, 'en');
    const visit = screen.getByRole('button', { name: /Akar visits Tripoli/ });
    const names = [...visit.querySelectorAll('.event-row__names bdi')].map((b) => b.textContent);
    expect(names).toContain('\u202EAKAR');
    expect(names.length).toBeGreaterThan(1);
  });

  it('renders the events in the order given', async () => {
    await renderInLanguage(<EventList {...props()} />, 'en');
    const titles = rowButtons().map((b) => b.querySelector('.event-row__title')?.textContent);
    expect(titles).toEqual(fixtureIndex.events.map((e) => e.title.en));
    expect(titles[0]).toBe('Turkey–GNA military cooperation memorandum');
  });

  it('shows date, type, title, place and the first three actors', async () => {
    await renderInLanguage(<EventList {...props()} />, 'en');
    const visit = screen.getByRole('button', { name: /Akar visits Tripoli/ });
    const text = visit.textContent ?? '';
    expect(text).toContain('3 Jul 2020');
    expect(text).toContain(i18n.t('event:type.visit', { lng: 'en' }));
    expect(text).toContain('Tripoli');
    expect(text).toContain('Hulusi Akar, Yaşar Güler, Government of National Accord');
    const meeting = screen.getByRole('button', { name: /Akar and al-Namroush meet/ });
    expect(meeting.textContent).toContain('+2');
    expect(meeting.textContent).toContain('and 2 more');
  });

  it('marks uncertain dates with a sign and words', async () => {
    await renderInLanguage(<EventList {...props()} />, 'en');
    const reported = screen.getByRole('button', { name: /Akar and al-Namroush meet/ });
    expect(reported.textContent).toContain('On or before this date');
    expect(reported.querySelector('.event-row__certainty')?.textContent).toBe('≤');
    const month = screen.getByRole('button', { name: /memorandum/ });
    expect(month.textContent).toContain('Nov 2019');
    expect(month.textContent).toContain('Month only');
    const exact = screen.getByRole('button', { name: /Akar visits Tripoli/ });
    expect(exact.querySelector('.event-row__certainty')).toBeNull();
  });

  it('marks the selected row with aria-current and makes it the one Tab stop', async () => {
    await renderInLanguage(<EventList {...props({ selectedId: 'mitiga-ceremony' })} />, 'en');
    const current = rowButtons().filter((b) => b.getAttribute('aria-current') === 'true');
    expect(current).toHaveLength(1);
    expect(current[0]?.textContent).toContain('Welcome ceremony for Akar');
    const tabbable = rowButtons().filter((b) => b.tabIndex === 0);
    expect(tabbable).toEqual(current);
  });

  it('selects on click and reports hovering', async () => {
    const p = props();
    await renderInLanguage(<EventList {...p} />, 'en');
    const row = screen.getByRole('button', { name: /Akar visits Tripoli/ });
    await userEvent.click(row);
    expect(p.onSelect).toHaveBeenCalledWith('akar-visits-tripoli');
    fireEvent.mouseEnter(row.closest('li') as HTMLElement);
    expect(p.onHover).toHaveBeenLastCalledWith('akar-visits-tripoli');
    fireEvent.mouseLeave(row.closest('li') as HTMLElement);
    expect(p.onHover).toHaveBeenLastCalledWith(null);
  });

  it('moves focus with Up, Down, Home and End', async () => {
    await renderInLanguage(<EventList {...props()} />, 'en');
    const n = fixtureIndex.events.length;
    await userEvent.tab();
    expect(document.activeElement).toBe(rowButtons()[0]);
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowButtons()[1]);
    expect(rowButtons()[1]?.tabIndex).toBe(0);
    expect(rowButtons()[0]?.tabIndex).toBe(-1);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(rowButtons()[n - 1]);
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowButtons()[n - 1]);
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(rowButtons()[0]);
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(rowButtons()[0]);
  });

  it('selects the focused row with Enter', async () => {
    const p = props();
    await renderInLanguage(<EventList {...p} />, 'en');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(p.onSelect).toHaveBeenCalledWith(fixtureIndex.events[1]?.id);
  });

  it('says so when no event matches', async () => {
    await renderInLanguage(<EventList {...props({ events: [] })} />, 'en');
    expect(screen.getByText('No events match these filters')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('renders only the rows in view when there are 10,000 events', async () => {
    const index = bigIndex(10_000);
    await renderInLanguage(<EventList {...props({ index, events: index.events })} />, 'en');
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(60);
    expect(items[0]?.getAttribute('aria-setsize')).toBe('10000');
    await userEvent.tab();
    await userEvent.keyboard('{End}');
    const focused = document.activeElement as HTMLElement;
    expect(focused.closest('li')?.getAttribute('aria-posinset')).toBe('10000');
    expect(focused.textContent).toContain(index.events[9999]?.title.en);
  });

  it('scrolls a row selected elsewhere into view, smoothly unless motion is reduced', async () => {
    const index = bigIndex(1000);
    const p = props({ index, events: index.events });
    const view = await renderInLanguage(<EventList {...p} />, 'en');
    const scroller = screen.getByRole('list').parentElement as HTMLElement;
    Object.defineProperty(scroller, 'clientHeight', { configurable: true, value: 480 });
    const scrollTo = vi.fn();
    scroller.scrollTo = scrollTo as unknown as typeof scroller.scrollTo;
    const rowHeight = 96;
    const target = index.events[500]?.id ?? null;
    await act(async () => {
      view.rerender(<EventList {...p} selectedId={target} />);
    });
    expect(scrollTo).toHaveBeenLastCalledWith({ top: 501 * rowHeight - 480, behavior: 'smooth' });

    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('reduce') }));
    await act(async () => {
      view.rerender(<EventList {...p} selectedId={index.events[900]?.id ?? null} />);
    });
    expect(scrollTo).toHaveBeenLastCalledWith({ top: 901 * rowHeight - 480, behavior: 'auto' });
    const current = screen
      .getAllByRole('button')
      .find((b) => b.getAttribute('aria-current') === 'true');
    expect(current?.closest('li')?.getAttribute('aria-posinset')).toBe('901');
  });

  it('speaks Arabic in Arabic', async () => {
    await renderInLanguage(<EventList {...props({ lang: 'ar' })} />, 'ar');
    const visit = screen.getByRole('button', { name: /أكار يزور طرابلس/ });
    expect(visit.textContent).toContain('يوليو 2020');
    expect(visit.textContent).toContain('خلوصي أكار، يشار غولار، حكومة الوفاق الوطني');
    const meeting = screen.getByRole('button', { name: /أكار والنمروش يلتقيان/ });
    expect(meeting.textContent).toContain('في هذا التاريخ أو قبله');
    expect(meeting.textContent).toContain('واثنان آخران');
    cleanup();
    await renderInLanguage(<EventList {...props({ lang: 'ar', events: [] })} />, 'ar');
    expect(screen.getByText('لا توجد أحداث تطابق عوامل التصفية هذه')).toBeTruthy();
  });
});
