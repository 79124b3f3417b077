// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coOccurrenceNetwork } from '../../../src/domain/network/network';
import { NetworkView, type NetworkViewProps } from '../../../src/features/network/NetworkView';
import { renderInLanguage } from '../actors/render-in-language';
import { realIndex } from '../search/real-index';

afterEach(cleanup);

const allIds = new Set(realIndex.events.map((e) => e.id));
const network = coOccurrenceNetwork(realIndex, allIds);
const akarNode = network.nodes.find((n) => n.id === 'akar')!;
const akarPartners = new Set(
  network.links.flatMap((l) =>
    l.source === 'akar' ? [l.target] : l.target === 'akar' ? [l.source] : [],
  ),
);

function props(overrides: Partial<NetworkViewProps> = {}): NetworkViewProps {
  return {
    index: realIndex,
    lang: 'en',
    eventIds: allIds,
    selectedActorId: null,
    filter: [],
    onSelectActor: vi.fn(),
    onToggleFilter: vi.fn(),
    ...overrides,
  };
}

const nodeOf = (id: string) => document.querySelector<SVGGElement>(`[data-actor="${id}"]`)!;

describe('NetworkView', () => {
  it('draws every actor of the events as a labelled, focusable button', async () => {
    await renderInLanguage(<NetworkView {...props()} />, 'en');
    const nodes = screen.getAllByRole('button');
    expect(nodes).toHaveLength(network.nodes.length);
    const akar = screen.getByRole('button', {
      name: `Hulusi Akar: ${akarNode.events} events, appears with ${akarPartners.size} actors`,
    });
    expect(akar.getAttribute('tabindex')).toBe('0');
    expect(document.querySelectorAll('line.network-link')).toHaveLength(network.links.length);
  });

  it('selects with Enter and click, filters with Shift+Enter and Shift+click', async () => {
    const p = props();
    await renderInLanguage(<NetworkView {...p} />, 'en');
    const user = userEvent.setup();
    const akar = nodeOf('akar');
    akar.focus();
    await user.keyboard('{Enter}');
    expect(p.onSelectActor).toHaveBeenLastCalledWith('akar');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(p.onToggleFilter).toHaveBeenLastCalledWith('akar');
    await user.click(nodeOf('namroush'));
    expect(p.onSelectActor).toHaveBeenLastCalledWith('namroush');
    await user.keyboard('{Shift>}');
    await user.click(nodeOf('guler'));
    expect(p.onToggleFilter).toHaveBeenLastCalledWith('guler');
  });

  it('highlights the selected actor and who they appear with, and fades the rest', async () => {
    await renderInLanguage(<NetworkView {...props({ selectedActorId: 'akar' })} />, 'en');
    expect(nodeOf('akar').getAttribute('class')).toContain('network-node--selected');
    expect(nodeOf('akar').getAttribute('aria-current')).toBe('true');
    for (const node of network.nodes) {
      if (node.id === 'akar') continue;
      const cls = nodeOf(node.id).getAttribute('class')!;
      expect(cls).toContain(
        akarPartners.has(node.id) ? 'network-node--neighbour' : 'network-node--faded',
      );
    }
  });

  it('marks the actors in the filter, in the picture and in their names', async () => {
    await renderInLanguage(<NetworkView {...props({ filter: ['akar'] })} />, 'en');
    expect(nodeOf('akar').querySelector('.network-node__ring')).not.toBeNull();
    expect(nodeOf('akar').getAttribute('aria-label')).toMatch(/; in the filter$/);
    expect(nodeOf('namroush').querySelector('.network-node__ring')).toBeNull();
  });

  it('gives the pairs as a table, most shared first', async () => {
    await renderInLanguage(<NetworkView {...props()} />, 'en');
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(network.links.length);
    const first = network.links[0]!;
    expect(rows[0]!.textContent).toBe(
      `${realIndex.actorsById.get(first.source)!.name.en}${realIndex.actorsById.get(first.target)!.name.en}${first.weight}`,
    );
    expect(screen.getByText('Show as a table').tagName).toBe('SUMMARY');
  });

  it('labels in Arabic with right-to-left text anchored away from the circle', async () => {
    await renderInLanguage(<NetworkView {...props({ lang: 'ar' })} />, 'ar');
    expect(
      screen.getByRole('button', { name: new RegExp(`^خلوصي أكار: `) }).getAttribute('aria-label'),
    ).toContain('يظهر مع');
    for (const text of document.querySelectorAll('text.network-node__label')) {
      expect(text.getAttribute('direction')).toBe('rtl');
      const circle = text.parentElement!.querySelector('.network-node__dot')!;
      const right = Number(text.getAttribute('x')) > Number(circle.getAttribute('cx'));
      expect(text.getAttribute('text-anchor')).toBe(right ? 'end' : 'start');
    }
  });

  it('counts only the events given, and says when there are none', async () => {
    const { rerender } = await renderInLanguage(
      <NetworkView {...props({ eventIds: new Set() })} />,
      'en',
    );
    expect(screen.getByText('No actor takes part in the events shown.')).toBeTruthy();
    const akarEvents = new Set(realIndex.eventsByActor.get('akar')!.slice(0, 1));
    rerender(<NetworkView {...props({ eventIds: akarEvents })} />);
    expect(nodeOf('akar').getAttribute('aria-label')).toMatch(/^Hulusi Akar: 1 event, /);
  });

  it('draws at most maxActors actors and says how many it leaves out', async () => {
    await renderInLanguage(<NetworkView {...props({ maxActors: 3 })} />, 'en');
    expect(screen.getAllByRole('button')).toHaveLength(3);
    expect(
      screen.getByText(
        new RegExp(`Showing the 3 actors with the most events, of ${network.nodes.length}\\.`),
      ),
    ).toBeTruthy();
  });
});
