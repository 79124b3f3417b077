// @vitest-environment jsdom
// Issue 14, item 4: ticking actors whose ids together pass the URL's limit for the filter
// cleared the whole filter without a word. Now the tick that does not fit is refused, with a
// notice saying why, and every actor chosen before stays.
import { act, cleanup, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { RefusedNotice } from '../../../src/features/notices/RefusedNotice';
import { i18n } from '../../../src/i18n/i18n';
import {
  clearRefusal,
  parseViewState,
  useViewState,
  type ViewStateHandle,
} from '../../../src/url-state';

/** 60 actor ids of 79 characters (the longest ids links carry are 80). */
const IDS = Array.from({ length: 60 }, (_, i) =>
  `actor-${String(i).padStart(2, '0')}-`.padEnd(79, 'x'),
);

const seen: { view?: ViewStateHandle; search: string } = { search: '' };

function Probe() {
  const view = useViewState();
  const { search } = useLocation();
  useEffect(() => {
    seen.view = view;
    seen.search = search;
  });
  return null;
}

function open(lang: 'en' | 'ar') {
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[`/?lang=${lang}`]}>
        <Probe />
        <RefusedNotice />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

/** Ticks one more actor, as the actor panel does: the filter so far plus this one. */
function tick(id: string) {
  const view = seen.view;
  if (!view) throw new Error('not rendered');
  act(() => view.update({ actors: [...view.state.actors, id] }));
}

afterEach(() => {
  cleanup();
  act(() => clearRefusal());
});

describe('an actor filter longer than a link can carry (issue 14, item 4)', () => {
  it.each(['en', 'ar'] as const)(
    'keeps every actor chosen and says why the next was not added (%s)',
    async (lang) => {
      await i18n.changeLanguage(lang);
      open(lang);
      for (const id of IDS.slice(0, 50)) tick(id);
      expect(parseViewState(seen.search).state.actors).toEqual(IDS.slice(0, 50));
      expect(screen.queryByRole('status')).toBeNull();

      tick(IDS[50] as string); // the 51st passes the 4,000-character limit
      expect(parseViewState(seen.search).state.actors).toEqual(IDS.slice(0, 50));
      expect(screen.getByRole('status').textContent).toContain(i18n.t('refused'));

      // Removing one makes room; the notice goes with the next choice made.
      act(() => seen.view?.update({ actors: IDS.slice(1, 50) }));
      expect(screen.queryByRole('status')).toBeNull();
      tick(IDS[50] as string);
      expect(parseViewState(seen.search).state.actors).toEqual([...IDS.slice(1, 51)]);
    },
  );

  it('makes the rest of a change that does not fit', async () => {
    await i18n.changeLanguage('en');
    open('en');
    for (const id of IDS.slice(0, 50)) tick(id);
    act(() => seen.view?.update({ actors: IDS, event: 'mou' }));
    const { state } = parseViewState(seen.search);
    expect(state.actors).toEqual(IDS.slice(0, 50));
    expect(state.event).toBe('mou');
    expect(screen.getByRole('status').textContent).toContain(
      'Not added: a link cannot carry a longer filter.',
    );
  });
});
