// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import type { Actor } from '../../../src/domain/corpus/schema';
import { ActorPanel, type ActorPanelProps } from '../../../src/features/actors/ActorPanel';
import { ROW_UNITS } from '../../../src/features/actors/actor-list-layout';
import { allEventIds, fixtureCorpus, fixtureIndex } from './fixture';
import { renderInLanguage } from './render-in-language';

afterEach(cleanup);

function props(overrides: Partial<ActorPanelProps> = {}): ActorPanelProps {
  return {
    index: fixtureIndex,
    lang: 'en',
    visibleEventIds: allEventIds,
    filter: [],
    mode: 'any',
    selectedActorId: null,
    onToggleFilter: vi.fn(),
    onModeChange: vi.fn(),
    onSelectActor: vi.fn(),
    ...overrides,
  };
}

/** The list item of the actor whose name button (the one that opens details) says `name`. */
function rowOf(name: string): HTMLElement {
  const button = screen
    .getAllByRole('button', { name })
    .find((b) => b.hasAttribute('aria-expanded'));
  const row = button?.closest('li');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

/** The fixture plus `n` people without events, named "Person 0000" … (after the fixture's). */
function manyActors(n: number) {
  const extra: Actor[] = Array.from({ length: n }, (_, i) => {
    const number = String(i).padStart(4, '0');
    return {
      id: `p-${number}`,
      kind: 'person',
      name: { ar: `شخص ${number}`, en: `Person ${number}` },
      aliases: { ar: [], en: [] },
      role: { ar: 'دور', en: 'Role' },
      affiliation: null,
      wikidata: null,
      reference: 'test fixture',
    };
  });
  return buildCorpusIndex({ ...fixtureCorpus, actors: [...fixtureCorpus.actors, ...extra] });
}

/** Units before measuring: 1.625rem at 16px (jsdom has no layout). */
const UNIT_PX = 26;

describe('ActorPanel', () => {
  it('lists every actor, grouped by kind, with event and mention counts', async () => {
    await renderInLanguage(<ActorPanel {...props()} />, 'en');
    for (const actor of fixtureCorpus.actors)
      expect(screen.getByRole('button', { name: actor.name.en })).toBeTruthy();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['People5', 'Organisations2', 'Media1', 'States1']);
    const akar = rowOf('Hulusi Akar');
    expect(within(akar).getByText('5 events')).toBeTruthy();
    expect(within(akar).getByText('3 mentions')).toBeTruthy();
    expect(within(akar).getByText('Turkish Minister of National Defence')).toBeTruthy();
    expect(within(akar).getByText('Affiliation: Government of Turkey')).toBeTruthy();
    expect(within(rowOf('Sergey Lavrov')).getByText('No events')).toBeTruthy();
  });

  it('shows the other-language name with its lang attribute', async () => {
    await renderInLanguage(<ActorPanel {...props()} />, 'en');
    const arabic = within(rowOf('Hulusi Akar')).getByText('خلوصي أكار');
    expect(arabic.getAttribute('lang')).toBe('ar');
  });

  it('sorts people by event count', async () => {
    await renderInLanguage(<ActorPanel {...props()} />, 'en');
    const people = screen.getByRole('region', { name: /People/ });
    const names = within(people)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual([
      'Hulusi Akar',
      'Salah al-Din al-Namroush',
      'Yaşar Güler',
      'Recep Tayyip Erdoğan',
      'Sergey Lavrov',
    ]);
  });

  it('shows "n of m events" when other filters hide some events', async () => {
    const visible = new Set(['akar-visits-tripoli', 'mitiga-ceremony']);
    await renderInLanguage(<ActorPanel {...props({ visibleEventIds: visible })} />, 'en');
    expect(within(rowOf('Hulusi Akar')).getByText('2 of 5 events')).toBeTruthy();
  });

  it('toggles an actor in the filter with its checkbox', async () => {
    const p = props({ filter: ['guler'] });
    await renderInLanguage(<ActorPanel {...p} />, 'en');
    const akar = screen.getByRole('checkbox', { name: 'Filter by Hulusi Akar' });
    expect((akar as HTMLInputElement).checked).toBe(false);
    expect(
      (screen.getByRole('checkbox', { name: 'Filter by Yaşar Güler' }) as HTMLInputElement).checked,
    ).toBe(true);
    await userEvent.click(akar);
    expect(p.onToggleFilter).toHaveBeenCalledWith('akar');
  });

  it('offers any/all only when two or more actors are in the filter', async () => {
    const one = await renderInLanguage(<ActorPanel {...props({ filter: ['akar'] })} />, 'en');
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    one.unmount();

    const p = props({ filter: ['akar', 'guler'], mode: 'any' });
    await renderInLanguage(<ActorPanel {...p} />, 'en');
    const group = screen.getByRole('group', { name: 'Show events with' });
    const any = within(group).getByRole('radio', { name: 'any of the chosen actors' });
    const all = within(group).getByRole('radio', { name: 'all of the chosen actors' });
    expect((any as HTMLInputElement).checked).toBe(true);
    await userEvent.click(all);
    expect(p.onModeChange).toHaveBeenCalledWith('all');
  });

  it('opens details from the name', async () => {
    const p = props();
    await renderInLanguage(<ActorPanel {...p} />, 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Hulusi Akar' }));
    expect(p.onSelectActor).toHaveBeenCalledWith('akar');
  });

  it('shows the selected actor with the actors who appear with them', async () => {
    const p = props({ selectedActorId: 'akar' });
    await renderInLanguage(<ActorPanel {...p} />, 'en');
    const details = screen.getByRole('region', { name: 'Hulusi Akar' });
    expect(within(details).getByText('Person')).toBeTruthy();
    const co = within(details)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(co[0]).toBe('Salah al-Din al-Namroush3 shared events');
    expect(co).toContain('Yaşar Güler2 shared events');
    expect(co).toHaveLength(7);
    await userEvent.click(within(details).getByRole('button', { name: 'Yaşar Güler' }));
    expect(p.onSelectActor).toHaveBeenCalledWith('guler');
    await userEvent.click(
      within(details).getByRole('button', { name: 'Show only events with Hulusi Akar' }),
    );
    expect(p.onToggleFilter).toHaveBeenCalledWith('akar');
  });

  it('links to Wikidata when the actor has an item, and nowhere else', async () => {
    await renderInLanguage(<ActorPanel {...props({ selectedActorId: 'erdogan' })} />, 'en');
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q39259');
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('says "stop filtering" when the selected actor is already in the filter', async () => {
    await renderInLanguage(
      <ActorPanel {...props({ selectedActorId: 'akar', filter: ['akar'] })} />,
      'en',
    );
    expect(screen.getByRole('button', { name: 'Stop filtering by Hulusi Akar' })).toBeTruthy();
  });

  it('filters the list by name in either language, ignoring case and diacritics', async () => {
    await renderInLanguage(<ActorPanel {...props()} />, 'en');
    const box = screen.getByRole('searchbox', { name: 'Find an actor' });
    await userEvent.type(box, 'GULER');
    expect(screen.getByRole('button', { name: 'Yaşar Güler' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hulusi Akar' })).toBeNull();
    await userEvent.clear(box);
    await userEvent.type(box, 'اكار');
    expect(screen.getByRole('button', { name: 'Hulusi Akar' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Yaşar Güler' })).toBeNull();
    await userEvent.clear(box);
    await userEvent.type(box, 'zzz');
    expect(screen.getByText('No actor matches “zzz”')).toBeTruthy();
  });

  it('speaks Arabic in Arabic', async () => {
    await renderInLanguage(
      <ActorPanel {...props({ lang: 'ar', filter: ['akar', 'guler'], selectedActorId: 'akar' })} />,
      'ar',
    );
    expect(screen.getByRole('heading', { name: /الأشخاص/ })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'البحث عن فاعل' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'التصفية حسب خلوصي أكار' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'عرض الأحداث التي تضم' })).toBeTruthy();
    const details = screen.getByRole('region', { name: 'خلوصي أكار' });
    expect(within(details).getByText('5 أحداث')).toBeTruthy();
    expect(within(details).getByText('3 أحداث مشتركة')).toBeTruthy();
    expect(within(details).getAllByText('حدثان مشتركان')).toHaveLength(2);
    expect(within(rowOf('يشار غولار')).getByText('حدثان')).toBeTruthy();
    expect(within(rowOf('يشار غولار')).getByText('Yaşar Güler').getAttribute('lang')).toBe('en');
  });

  describe('with thousands of actors', () => {
    const big = manyActors(3000);

    it('renders a bounded number of rows, under every group heading', async () => {
      await renderInLanguage(<ActorPanel {...props({ index: big })} />, 'en');
      const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
      expect(headings).toEqual(['People3005', 'Organisations2', 'Media1', 'States1']);
      const boxes = screen.getAllByRole('checkbox');
      expect(boxes.length).toBeGreaterThan(5);
      expect(boxes.length).toBeLessThan(60);
      expect(screen.getByRole('checkbox', { name: 'Filter by Hulusi Akar' })).toBeTruthy();
      expect(screen.queryByRole('checkbox', { name: 'Filter by Person 2999' })).toBeNull();
      // The people's list is as tall as all its rows, so that it scrolls like the full list.
      const people = screen.getByRole('region', { name: /People/ });
      expect(within(people).getByRole('list').style.blockSize).toBe(
        `${String(3005 * ROW_UNITS * UNIT_PX)}px`,
      );
    });

    it('renders the rows scrolled to', async () => {
      const p = props({ index: big });
      await renderInLanguage(<ActorPanel {...p} />, 'en');
      const scroller = screen.getByRole('region', { name: /People/ }).parentElement as HTMLElement;
      // Person 2000 is the 2,006th person: after the heading and 2,005 rows.
      const top = (1 + 2005 * ROW_UNITS) * UNIT_PX;
      Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: top });
      act(() => {
        fireEvent.scroll(scroller);
      });
      const box = screen.getByRole('checkbox', { name: 'Filter by Person 2000' });
      expect(screen.queryByRole('checkbox', { name: 'Filter by Hulusi Akar' })).toBeNull();
      expect(screen.getAllByRole('checkbox').length).toBeLessThan(60);
      // The group's heading stays, so the rows are still in a region named by it.
      expect(screen.getByRole('region', { name: /People/ }).contains(box)).toBe(true);
      await userEvent.click(box);
      expect(p.onToggleFilter).toHaveBeenCalledWith('p-2000');
    });

    it('finds an actor far down the list by name, from the top of the list', async () => {
      const p = props({ index: big });
      await renderInLanguage(<ActorPanel {...p} />, 'en');
      await userEvent.type(screen.getByRole('searchbox', { name: 'Find an actor' }), 'person 2999');
      const boxes = screen.getAllByRole('checkbox');
      expect(boxes).toHaveLength(1);
      await userEvent.click(screen.getByRole('checkbox', { name: 'Filter by Person 2999' }));
      expect(p.onToggleFilter).toHaveBeenCalledWith('p-2999');
    });

    it('gives focus back to a row far down the list when its details close', async () => {
      const p = props({ index: big, selectedActorId: 'p-2500' });
      const view = await renderInLanguage(<ActorPanel {...p} />, 'en');
      // The selected actor's row is kept in the DOM wherever the list is scrolled.
      expect(screen.getByRole('checkbox', { name: 'Filter by Person 2500' })).toBeTruthy();
      await userEvent.click(screen.getByRole('button', { name: 'Close details' }));
      expect(p.onSelectActor).toHaveBeenCalledWith(null);
      view.rerender(<ActorPanel {...p} selectedActorId={null} />);
      const focused = document.activeElement as HTMLElement;
      expect(focused.dataset.actorId).toBe('p-2500');
      expect(focused.getAttribute('aria-expanded')).toBe('false');
    });

    it('speaks Arabic in Arabic', async () => {
      await renderInLanguage(<ActorPanel {...props({ index: big, lang: 'ar' })} />, 'ar');
      expect(screen.getByRole('heading', { name: /الأشخاص/ })).toBeTruthy();
      expect(screen.getByRole('checkbox', { name: 'التصفية حسب خلوصي أكار' })).toBeTruthy();
      expect(screen.getAllByRole('checkbox').length).toBeLessThan(60);
    });
  });
});
