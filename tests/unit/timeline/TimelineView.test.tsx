// @vitest-environment jsdom
// jsdom has no layout: vis-timeline draws nothing measurable here. These tests check what the
// component renders around it (label, keyboard help); geometry and interaction are
// checked in a browser.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimelineView } from '../../../src/features/timeline/TimelineView';
import { i18n } from '../../../src/i18n/i18n';
import { makeEvent } from './make-event';
import { createHoverStore } from '../../../src/ui/hover-store';

afterEach(cleanup);

const events = [
  makeEvent('a', 'visit', { start: '2020-07-03' }),
  makeEvent('b', 'meeting', { start: '2020-07-03' }),
  makeEvent('c', 'visit', { start: '2019-11-01', end: '2019-11-30', precision: 'month' }),
];

function renderView(lang: 'ar' | 'en', onWindowChange = vi.fn()) {
  return render(
    <I18nextProvider i18n={i18n}>
      <TimelineView
        events={events}
        selectedId={null}
        hovered={createHoverStore()}
        window={null}
        lang={lang}
        onSelect={vi.fn()}
        onHover={vi.fn()}
        onWindowChange={onWindowChange}
      />
    </I18nextProvider>,
  );
}

describe('TimelineView', () => {
  it('is a focusable region labelled with the number of events, with keyboard help', () => {
    renderView('en');
    const region = screen.getByRole('region', { name: 'Timeline of 3 events' });
    expect(region.tabIndex).toBe(0);
    const help = document.getElementById(region.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toMatch(/\+ and − zoom/);
  });

  it('is labelled in Arabic, with the Arabic plural, and laid out right to left', () => {
    const { container } = renderView('ar');
    expect(screen.getByRole('region', { name: 'خط زمني لـ3 أحداث' })).toBeTruthy();
    expect(container.querySelector('.tl-view')?.getAttribute('dir')).toBe('rtl');
  });

  it('ignores keys that are not shortcuts and leaves them to the browser', () => {
    const onWindowChange = vi.fn();
    renderView('en', onWindowChange);
    const region = screen.getByRole('region', { name: 'Timeline of 3 events' });
    const tab = fireEvent.keyDown(region, { key: 'Tab', code: 'Tab' });
    expect(tab).toBe(true); // not prevented
    const zoom = fireEvent.keyDown(region, { key: '+', code: 'Equal' });
    expect(zoom).toBe(false); // prevented: the timeline handled it
  });
});
