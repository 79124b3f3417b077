import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../../../src/domain/corpus/corpus-index';
import {
  filterEvents,
  NO_FILTER,
  type EventFilter,
} from '../../../../src/domain/corpus/filter-events';
import { fitWindow } from '../../../../src/domain/dates/time-window';
import { fixtureCorpus, fixtureIndex as index } from '../../actors/fixture';

const none = NO_FILTER;
const ids = (filter: Partial<EventFilter>) =>
  filterEvents(index, { ...none, ...filter }).map((e) => e.id);

describe('buildCorpusIndex', () => {
  it('orders events by date, then end, then id', () => {
    expect(index.events.map((e) => e.id)).toEqual([
      'mou-2019',
      'training',
      'akar-visits-tripoli',
      'mitiga-ceremony',
      'akar-meets-namroush',
      'erdogan-statement',
      'akar-receives-namroush',
    ]);
  });
  it('indexes events by actor and place, and counts mentions', () => {
    expect(index.eventsByActor.get('guler')).toEqual([
      'akar-visits-tripoli',
      'akar-meets-namroush',
    ]);
    expect(index.eventsByPlace.get('istanbul')).toEqual([
      'erdogan-statement',
      'akar-receives-namroush',
    ]);
    const mentions = fixtureCorpus.documents
      .flatMap((d) => d.mentions)
      .filter((m) => m.entity === 'akar').length;
    expect(index.mentionCounts.get('akar')).toBe(mentions);
  });
});

describe('filterEvents', () => {
  it('keeps everything without a filter, in time order', () => {
    expect(ids({})).toEqual(index.events.map((e) => e.id));
  });
  it("gives the index's own array without a filter, so views can remember what they derive", () => {
    expect(filterEvents(index, none)).toBe(index.events);
    expect(filterEvents(index, { ...none, possible: false, actorMode: 'all' })).toBe(index.events);
    // Any filter gives a new array, even one that keeps every event.
    expect(filterEvents(index, { ...none, q: ' ' })).toBe(index.events);
    const all = filterEvents(index, { ...none, from: '1900-01-01' });
    expect(all).not.toBe(index.events);
    expect(all).toEqual(index.events);
  });
  it('filters by one actor', () => {
    expect(ids({ actors: ['guler'] })).toEqual(['akar-visits-tripoli', 'akar-meets-namroush']);
  });
  it('combines actors with any or all', () => {
    expect(ids({ actors: ['erdogan', 'guler'], actorMode: 'any' })).toEqual([
      'akar-visits-tripoli',
      'akar-meets-namroush',
      'erdogan-statement',
    ]);
    expect(ids({ actors: ['namroush', 'guler'], actorMode: 'all' })).toEqual([
      'akar-meets-namroush',
    ]);
    expect(ids({ actors: ['erdogan', 'guler'], actorMode: 'all' })).toEqual([]);
  });
  it('filters by place and by type', () => {
    expect(ids({ places: ['istanbul'] })).toEqual(['erdogan-statement', 'akar-receives-namroush']);
    expect(ids({ types: ['meeting'] })).toEqual(['akar-meets-namroush', 'akar-receives-namroush']);
  });
  it('a country in the place filter keeps the places inside it', () => {
    const corpus = structuredClone(fixtureCorpus);
    corpus.places.push({ ...corpus.places[0]!, id: 'libya', kind: 'country', country: null });
    corpus.places.find((p) => p.id === 'tripoli')!.country = 'libya';
    const withCountry = buildCorpusIndex(corpus);
    expect(filterEvents(withCountry, { ...none, places: ['libya'] }).map((e) => e.id)).toEqual([
      'akar-visits-tripoli',
      'akar-meets-namroush',
    ]);
  });
  it('keeps events certainly in the time window, and the possible ones only when asked', () => {
    const window = { from: '2020-07-01', to: '2020-07-31' };
    expect(ids({ ...window, possible: false })).toEqual(['akar-visits-tripoli', 'mitiga-ceremony']);
    // Reported "on or before" events (open start) and the long training range possibly fall inside.
    expect(ids({ ...window, possible: true })).toEqual([
      'training',
      'akar-visits-tripoli',
      'mitiga-ceremony',
      'akar-meets-namroush',
      'erdogan-statement',
    ]);
  });
  it('searches titles in both languages and actor names, with Arabic normalisation', () => {
    expect(ids({ q: 'tripoli' })).toEqual(['akar-visits-tripoli', 'akar-meets-namroush']);
    const akarAr = fixtureCorpus.actors.find((a) => a.id === 'akar')!.name.ar;
    expect(akarAr).toContain('أ');
    expect(ids({ q: akarAr.replace('أ', 'ا') })).toEqual(index.eventsByActor.get('akar'));
    expect(ids({ q: 'no such words' })).toEqual([]);
  });
});

describe('fitWindow', () => {
  it('tells inside, possible and outside apart', () => {
    const day = { start: '2020-07-03', end: '2020-07-03' };
    expect(fitWindow(day, '2020-07-01', '2020-07-31')).toBe('inside');
    expect(fitWindow(day, '2020-07-04', null)).toBe('outside');
    expect(fitWindow({ start: '2020-06-20', end: '2020-07-10' }, '2020-07-01', '2020-07-31')).toBe(
      'possible',
    );
    // "On or before 10 January 2021" may fall in 2020, never after it.
    const reported = { start: '2021-01-10', end: '2021-01-10', openStart: true };
    expect(fitWindow(reported, '2020-01-01', '2020-12-31')).toBe('possible');
    expect(fitWindow(reported, '2021-02-01', '2021-12-31')).toBe('outside');
    expect(
      fitWindow(
        { start: '2020-07-03', end: '2020-07-04', openStart: true },
        '2020-06-01',
        '2020-06-30',
      ),
    ).toBe('possible');
    expect(fitWindow(day, null, null)).toBe('inside');
  });
});

describe('filterEvents with a playhead (at)', () => {
  it('keeps the events begun by that day; an open start counts from the day it is reported by', () => {
    // The training began in 2019; the meeting and Erdoğan's statement are "on or before"
    // 3–4 July 2020, so on 3 July they are not yet shown, on 4 July they are.
    const on3 = ids({ at: '2020-07-03' });
    expect(on3).toContain('training');
    expect(on3).not.toContain('akar-meets-namroush');
    expect(on3).not.toContain('erdogan-statement');
    const on4 = ids({ at: '2020-07-04' });
    expect(on4).toContain('akar-meets-namroush');
    expect(on4).toContain('erdogan-statement');
    expect(ids({ at: '2019-01-01' })).toEqual([]);
  });
});
