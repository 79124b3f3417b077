// @vitest-environment jsdom
// The row under the timeline: the legend, the overview's sliders and playback, in jsdom (no
// layout: brushing with the pointer is checked in a browser, tests/e2e/timeline.e2e.ts).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeControls, type TimeControlsProps } from '../../../src/features/timeline/TimeControls';
import { i18n } from '../../../src/i18n/i18n';
import { makeEvent } from './make-event';

afterEach(cleanup);

const events = [
  makeEvent('c', 'visit', { start: '2019-11-01', end: '2019-11-30', precision: 'month' }),
  makeEvent('a', 'visit', { start: '2020-07-03' }),
  makeEvent('b', 'meeting', { start: '2020-07-05' }),
];

function renderControls(overrides: Partial<TimeControlsProps> = {}) {
  const props: TimeControlsProps = {
    events,
    allEvents: events,
    from: null,
    to: null,
    shown: null,
    at: null,
    possible: true,
    lang: 'en',
    onFilter: vi.fn(),
    onView: vi.fn(),
    onAt: vi.fn(),
    onPossible: vi.fn(),
    ...overrides,
  };
  const view = render(
    <I18nextProvider i18n={i18n}>
      <TimeControls {...props} />
    </I18nextProvider>,
  );
  return { ...view, props };
}

describe('TimeControls', () => {
  it('shows a legend of the types present only', () => {
    renderControls();
    expect(screen.getByText('Visit')).toBeTruthy();
    expect(screen.getByText('Meeting')).toBeTruthy();
    expect(screen.queryByText('Agreement')).toBeNull();
  });

  it('the overview handles are sliders that set the time filter from the keyboard', () => {
    const { props } = renderControls();
    const start = screen.getByRole('slider', { name: 'Start of the time filter' });
    const end = screen.getByRole('slider', { name: 'End of the time filter' });
    expect(start.getAttribute('aria-valuetext')).toBe('1 November 2019');
    expect(end.getAttribute('aria-valuetext')).toBe('5 July 2020');
    fireEvent.keyDown(start, { key: 'PageUp' });
    const [[first]] = vi.mocked(props.onFilter).mock.calls as [[{ from: string; to: string }]];
    expect(first.from > '2019-11-01').toBe(true);
    expect(first.to).toBe('2020-07-05');
    fireEvent.keyDown(end, { key: 'Home' });
    // Home on the end handle brings it to the start (never before it).
    expect(vi.mocked(props.onFilter).mock.calls[1]?.[0]).toEqual({
      from: '2019-11-01',
      to: '2019-11-01',
    });
  });

  it('mirrors the keys in Arabic: the left arrow is later', () => {
    const { props } = renderControls({ lang: 'ar', from: '2020-01-01', to: '2020-03-01' });
    const end = screen.getByRole('slider', { name: 'نهاية التصفية الزمنية' });
    fireEvent.keyDown(end, { key: 'ArrowLeft' });
    expect((vi.mocked(props.onFilter).mock.calls[0]?.[0].to ?? '') > '2020-03-01').toBe(true);
  });

  it('the uncertain-dates switch shows only once time narrows what is shown', () => {
    renderControls();
    expect(screen.queryByRole('checkbox')).toBeNull();
    cleanup();
    renderControls({ at: '2020-07-03' });
    expect(screen.getByRole('checkbox')).toBeTruthy();
  });
});

describe('playback', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('moves the playhead stop by stop and stops by itself at the end', () => {
    let at: string | null = null;
    const onAt = vi.fn((next: string | null) => {
      at = next;
    });
    const { rerender } = renderControls({ onAt });
    const again = () =>
      rerender(
        <I18nextProvider i18n={i18n}>
          <TimeControls
            events={events}
            allEvents={events}
            from={null}
            to={null}
            shown={null}
            at={at}
            possible
            lang="en"
            onFilter={vi.fn()}
            onView={vi.fn()}
            onAt={onAt}
            onPossible={vi.fn()}
          />
        </I18nextProvider>,
      );
    fireEvent.click(screen.getByRole('button', { name: /^Play/ }));
    const seen: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      again();
      seen.push(at);
    }
    // Each day an event starts, once, then no more.
    expect(seen).toEqual(['2019-11-01', '2020-07-03', '2020-07-05', '2020-07-05', '2020-07-05']);
    expect(screen.getByRole('button', { name: /^Play/ })).toBeTruthy();
    expect(screen.getByText('Up to 5 July 2020')).toBeTruthy();
  });
});
