// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { bindCommands } from '../../../src/app/explorer/bind-commands';
import { explorerPatches as p } from '../../../src/app/explorer/explorer-commands';
import { createFocusTarget } from '../../../src/ui/focus-target';
import { createHoverStore } from '../../../src/ui/hover-store';
import { createRequestChannel } from '../../../src/ui/request-channel';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../../src/url-state';
import { fixtureIndex } from '../actors/fixture';

const state = (over: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW_STATE, ...over });

describe('explorer command patches', () => {
  it('selecting an event drops the document, so the reader opens on its evidence', () => {
    expect(p.selectEvent('e1')).toEqual({ event: 'e1', doc: null });
    expect(p.selectEvent(null)).toEqual({ event: null, doc: null });
  });

  it('a name in the source selects an actor or a place, by what the corpus says it is', () => {
    const actor = fixtureIndex.corpus.actors[0]!.id;
    const place = fixtureIndex.corpus.places[0]!.id;
    expect(p.selectEntity(fixtureIndex, actor)).toEqual({ actor });
    expect(p.selectEntity(fixtureIndex, place)).toEqual({ place });
  });

  it('toggles an id in a filter, keeping the list sorted and unique', () => {
    const s = state({ actors: ['b', 'd'], places: ['x'], types: [] });
    expect(p.toggleActorFilter(s, 'c')).toEqual({ actors: ['b', 'c', 'd'] });
    expect(p.toggleActorFilter(s, 'b')).toEqual({ actors: ['d'] });
    expect(p.togglePlaceFilter(s, 'x')).toEqual({ places: [] });
    expect(p.toggleTypeFilter(s, 'visit')).toEqual({ types: ['visit'] });
    expect(s.actors).toEqual(['b', 'd']); // the state is not changed
  });

  it('removes one chip: an id, the time filter or the search', () => {
    const s = state({ actors: ['a', 'b'], places: ['x'], types: ['visit'] });
    expect(p.removeFilter(s, { key: 'actors', id: 'a' })).toEqual({ actors: ['b'] });
    expect(p.removeFilter(s, { key: 'types', id: 'visit' })).toEqual({ types: [] });
    expect(p.removeFilter(s, { key: 'time' })).toEqual({ from: null, to: null });
    expect(p.removeFilter(s, { key: 'q' })).toEqual({ q: '' });
  });

  it('clears every filter but leaves the selection and the navigation alone', () => {
    const patch = p.clearFilters();
    expect(patch).toEqual({ actors: [], places: [], types: [], from: null, to: null, q: '' });
    for (const key of ['event', 'actor', 'place', 'doc', 'map', 'view', 'at', 'lang'])
      expect(patch).not.toHaveProperty(key);
  });

  it('keeps navigation apart from filtering', () => {
    expect(p.setTimeWindow({ start: '2020-01-01', end: '2020-12-31' })).toEqual({
      view: { start: '2020-01-01', end: '2020-12-31' },
    });
    expect(p.setTimeFilter({ from: '2020-01-01', to: '2020-02-01' })).toEqual({
      from: '2020-01-01',
      to: '2020-02-01',
    });
    expect(p.setMapView({ lat: 1, lon: 2, zoom: 3 })).toEqual({ map: { lat: 1, lon: 2, zoom: 3 } });
  });
});

describe('bound commands', () => {
  function bound(s: ViewState) {
    const update = vi.fn();
    const showView = vi.fn();
    const hover = createHoverStore();
    const detailHeading = createFocusTarget();
    const evidenceFocus = createRequestChannel<string>();
    const commands = bindCommands({
      current: () => ({ state: s, index: fixtureIndex, showView }),
      update,
      hover,
      detailHeading,
      evidenceFocus,
    });
    return { commands, update, showView, hover, detailHeading, evidenceFocus };
  }

  it('write their patch through update, reading the state when called', () => {
    const { commands, update } = bound(state({ actors: ['a'] }));
    commands.toggleActorFilter('b');
    expect(update).toHaveBeenLastCalledWith({ actors: ['a', 'b'] });
  });

  it('bring the detail back when the selected event is chosen again', () => {
    const { commands, update, showView } = bound(state({ event: 'e1' }));
    commands.selectEvent('e2');
    expect(showView).not.toHaveBeenCalled();
    commands.selectEvent('e1');
    expect(showView).toHaveBeenCalledWith('source');
    expect(update).toHaveBeenLastCalledWith({ event: 'e1', doc: null });
  });

  it('hover goes to the hover store, not the URL', () => {
    const { commands, update, hover } = bound(state());
    const listener = vi.fn();
    hover.subscribe(listener);
    commands.hoverEvent('e1');
    commands.hoverEvent('e1');
    expect(hover.get()).toBe('e1');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(update).not.toHaveBeenCalled();
  });

  it('"Show in source" opens the document, then asks the reader to focus its evidence', () => {
    const { commands, update, evidenceFocus } = bound(state({ event: 'e1' }));
    const order: string[] = [];
    update.mockImplementation(() => order.push('update'));
    evidenceFocus.listen((doc) => order.push(`focus ${doc}`));
    commands.showEvidence('d2');
    expect(update).toHaveBeenCalledWith({ doc: 'd2' });
    expect(order).toEqual(['update', 'focus d2']);
  });

  it('focuses the detail heading only while that event’s detail is shown', () => {
    const { commands, detailHeading } = bound(state({ event: 'e1' }));
    expect(commands.focusEventDetail('e1')).toBe(false);
    const heading = document.createElement('h2');
    heading.tabIndex = -1;
    document.body.append(heading);
    detailHeading.set('e1', heading);
    expect(commands.focusEventDetail('e2')).toBe(false);
    expect(commands.focusEventDetail('e1')).toBe(true);
    expect(document.activeElement).toBe(heading);
    detailHeading.set('e1', null);
    expect(commands.focusEventDetail('e1')).toBe(false);
    heading.remove();
  });
});
