// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnplacedEvents } from '../../../src/features/map/UnplacedEvents';
import { i18n } from '../../../src/i18n/i18n';
import { EVENTS } from './fixture';

const unplaced = EVENTS.filter((e) => e.place === null);

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
  return { ...result, onSelectEvent, onHoverEvent };
}

afterEach(cleanup);

describe('UnplacedEvents', () => {
  it('lists each event without a place as a button that selects it', () => {
    const { onSelectEvent, onHoverEvent } = renderList('en');
    const region = screen.getByRole('region', { name: '2 events without a place' });
    const buttons = within(region).getAllByRole('button');
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
    const current = screen
      .getAllByRole('button')
      .filter((b) => b.getAttribute('aria-current') === 'true');
    expect(current.map((b) => b.dataset.eventId)).toEqual(['call-unplaced']);
  });

  it('renders nothing when every event has a place', () => {
    const { container } = renderList('en', []);
    expect(container.textContent).toBe('');
  });
});
