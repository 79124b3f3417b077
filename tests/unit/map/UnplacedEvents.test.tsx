// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnplacedEvents } from '../../../src/features/map/UnplacedEvents';
import { i18n } from '../../../src/i18n/i18n';
import { EVENTS } from './fixture';

const unplaced = EVENTS.filter((e) => e.place === null);

/** `n` events without a place, copies of the fixture's with their number in the title. */
function many(n: number) {
  const base = unplaced[0] as (typeof unplaced)[number];
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    id: `u-${String(i)}`,
    title: { ar: `حدث رقم ${String(i)}`, en: `Event number ${String(i)}` },
  }));
}

/** The one-line height of a row before it is measured: 2rem at 16px (jsdom has no layout). */
const ROW_PX = 32;

function renderList(lang: 'ar' | 'en', events = unplaced, selectedEventId: string | null = null) {
  const onSelectEvent = vi.fn();
  const onHoverEvent = vi.fn();
  const result = render(
    <I18nextProvider i18n={i18n}>
      <UnplacedEvents
        events={events}
        lang={lang}
        selectedEventId={selectedEventId}
        onSelectEvent={onSelectEvent}
        onHoverEvent={onHoverEvent}
      />
    </I18nextProvider>,
  );
  // The list is folded under the map until it is opened (or its event is selected).
  const toggle = result.container.querySelector('.athar-unplaced__toggle');
  if (toggle?.getAttribute('aria-expanded') === 'false') fireEvent.click(toggle);
  return { ...result, onSelectEvent, onHoverEvent };
}

/** The event buttons in the (opened) list. */
const listButtons = () => within(screen.getByRole('list')).getAllByRole('button');

afterEach(cleanup);

describe('UnplacedEvents', () => {
  it('lists each event without a place as a button that selects it', () => {
    const { onSelectEvent, onHoverEvent } = renderList('en');
    const region = screen.getByRole('region', { name: '2 events without a place' });
    const buttons = within(within(region).getByRole('list')).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      '☎Phone call between ministers',
      '❝Ministry statement',
    ]);
    fireEvent.click(buttons[1] as HTMLElement);
    expect(onSelectEvent).toHaveBeenCalledWith('statement-unplaced');
    fireEvent.mouseEnter(buttons[0] as HTMLElement);
    expect(onHoverEvent).toHaveBeenLastCalledWith('call-unplaced');
  });

  it('speaks Arabic, with the dual', () => {
    renderList('ar');
    const region = screen.getByRole('region', { name: 'حدثان بلا مكان' });
    expect(within(region).getByRole('button', { name: /بيان الوزارة/ })).toBeTruthy();
  });

  it('marks the selected event', () => {
    renderList('en', unplaced, 'call-unplaced');
    const current = listButtons().filter((b) => b.getAttribute('aria-current') === 'true');
    expect(current.map((b) => b.dataset.eventId)).toEqual(['call-unplaced']);
  });

  it('folds to its title until opened, and opens by itself for a selected event', () => {
    const { rerender } = render(
      <I18nextProvider i18n={i18n}>
        <UnplacedEvents
          events={unplaced}
          lang="en"
          selectedEventId={null}
          onSelectEvent={vi.fn()}
          onHoverEvent={vi.fn()}
        />
      </I18nextProvider>,
    );
    const toggle = screen.getByRole('button', { name: '2 events without a place' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list')).toBeNull();
    rerender(
      <I18nextProvider i18n={i18n}>
        <UnplacedEvents
          events={unplaced}
          lang="en"
          selectedEventId="statement-unplaced"
          onSelectEvent={vi.fn()}
          onHoverEvent={vi.fn()}
        />
      </I18nextProvider>,
    );
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(listButtons().map((b) => b.dataset.eventId)).toContain('statement-unplaced');
    fireEvent.click(toggle);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('renders nothing when every event has a place', () => {
    const { container } = renderList('en', []);
    expect(container.textContent).toBe('');
  });

  it('renders only the rows in view when thousands of events have no place', () => {
    const events = many(5000);
    renderList('en', events);
    const region = screen.getByRole('region', { name: '5000 events without a place' });
    const items = within(region).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(3);
    expect(items.length).toBeLessThan(60);
    expect(items[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(items[0]?.getAttribute('aria-setsize')).toBe('5000');
    // The list is as tall as all its rows, so that it scrolls like the full list.
    expect(within(region).getByRole('list').style.blockSize).toBe(`${String(5000 * ROW_PX)}px`);
  });

  it('renders the rows scrolled to, and no longer the ones scrolled away from', () => {
    renderList('en', many(5000));
    const list = screen.getByRole('list');
    const scroller = list.parentElement as HTMLElement;
    Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: 2500 * ROW_PX });
    act(() => {
      fireEvent.scroll(scroller);
    });
    const shown = within(list)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(shown).toContain('☎Event number 2500');
    expect(shown).not.toContain('☎Event number 20');
    expect(shown.length).toBeLessThan(60);
  });

  it('has one Tab stop and reaches every event with the arrow keys, Home and End', async () => {
    const events = many(5000);
    const { onHoverEvent } = renderList('en', events);
    const buttons = listButtons();
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    await userEvent.tab(); // the fold's toggle
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('☎Event number 0');
    await userEvent.keyboard('{End}');
    let focused = document.activeElement as HTMLElement;
    expect(focused.textContent).toBe('☎Event number 4999');
    expect(focused.closest('li')?.getAttribute('aria-posinset')).toBe('5000');
    expect(focused.tabIndex).toBe(0);
    expect(onHoverEvent).toHaveBeenLastCalledWith('u-4999');
    await userEvent.keyboard('{ArrowUp}');
    focused = document.activeElement as HTMLElement;
    expect(focused.textContent).toBe('☎Event number 4998');
    await userEvent.keyboard('{Home}{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('☎Event number 1');
    expect(listButtons().filter((b) => b.tabIndex === 0)).toHaveLength(1);
  });

  it('keeps the selected event in the DOM and in the Tab order, wherever it is', () => {
    renderList('ar', many(5000), 'u-3210');
    const current = listButtons().filter((b) => b.getAttribute('aria-current') === 'true');
    expect(current.map((b) => b.textContent)).toEqual(['☎حدث رقم 3210']);
    expect(current[0]?.tabIndex).toBe(0);
    expect(listButtons().length).toBeLessThan(60);
  });
});
