import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import { coOccurrenceNetwork } from '../../../src/domain/network/network';
import type { Corpus, CorpusEvent } from '../../../src/domain/corpus/schema';
import { realIndex } from '../search/real-index';

/** A corpus whose events have the given casts (actor ids). */
function indexOf(casts: string[][]) {
  const ids = [...new Set(casts.flat())].sort();
  const corpus: Corpus = {
    version: 1,
    id: 'n',
    name: { ar: 'شبكة', en: 'Network' },
    documents: [],
    actors: ids.map((id) => ({
      id,
      kind: 'person',
      name: { ar: id, en: id },
      aliases: { ar: [], en: [] },
      role: { ar: 'دور', en: 'role' },
      affiliation: null,
      wikidata: null,
      reference: 'test',
    })),
    places: [],
    events: casts.map((cast, i): CorpusEvent => ({
      id: `e${i}`,
      type: 'meeting',
      title: { ar: 'حدث', en: 'event' },
      summary: { ar: 'حدث', en: 'event' },
      date: { start: '2020-01-01', end: '2020-01-01', precision: 'day', basis: 'stated' },
      place: null,
      actors: cast.map((id) => ({ id, role: 'participant' })),
      evidence: [{ document: 'd', start: 0, end: 1 }],
    })),
  };
  return buildCorpusIndex(corpus);
}

const all = (index: ReturnType<typeof indexOf>) => new Set(index.events.map((e) => e.id));

describe('coOccurrenceNetwork', () => {
  const index = indexOf([['a', 'b', 'c'], ['a', 'b'], ['a', 'b', 'b'], ['c', 'd'], ['e']]);

  it('counts events per actor and shared events per pair', () => {
    const net = coOccurrenceNetwork(index, all(index));
    expect(net.nodes).toEqual([
      { id: 'a', events: 3 },
      { id: 'b', events: 3 },
      { id: 'c', events: 2 },
      { id: 'd', events: 1 },
      { id: 'e', events: 1 },
    ]);
    expect(net.links).toEqual([
      { source: 'a', target: 'b', weight: 3 },
      { source: 'a', target: 'c', weight: 1 },
      { source: 'b', target: 'c', weight: 1 },
      { source: 'c', target: 'd', weight: 1 },
    ]);
    expect(net.totalActors).toBe(5);
  });

  it('counts only the events given', () => {
    const net = coOccurrenceNetwork(index, new Set(['e0', 'e3']));
    expect(net.links).toEqual([
      { source: 'a', target: 'b', weight: 1 },
      { source: 'a', target: 'c', weight: 1 },
      { source: 'b', target: 'c', weight: 1 },
      { source: 'c', target: 'd', weight: 1 },
    ]);
    expect(net.nodes.find((n) => n.id === 'c')).toEqual({ id: 'c', events: 2 });
    expect(coOccurrenceNetwork(index, new Set()).nodes).toEqual([]);
  });

  it('keeps the actors with the most events, and only their links', () => {
    const net = coOccurrenceNetwork(index, all(index), 3);
    expect(net.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(net.links.every((l) => l.source !== 'd' && l.target !== 'd')).toBe(true);
    expect(net.links).toHaveLength(3);
    expect(net.totalActors).toBe(5);
  });

  it('is deterministic whatever the order of the event set', () => {
    const ids = [...all(index)];
    const a = coOccurrenceNetwork(index, new Set(ids));
    const b = coOccurrenceNetwork(index, new Set(ids.reverse()));
    expect(b).toEqual(a);
  });

  it('agrees with the real corpus: Akar and al-Namroush share events', () => {
    const net = coOccurrenceNetwork(realIndex, new Set(realIndex.events.map((e) => e.id)));
    const akar = net.nodes.find((n) => n.id === 'akar')!;
    expect(akar.events).toBe(realIndex.eventsByActor.get('akar')!.length);
    const link = net.links.find((l) => l.source === 'akar' && l.target === 'namroush')!;
    const shared = realIndex.eventsByActor
      .get('akar')!
      .filter((id) => realIndex.eventsByActor.get('namroush')!.includes(id)).length;
    expect(link.weight).toBe(shared);
    for (const l of net.links) expect(l.source < l.target).toBe(true);
  });
});
