import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState, viewStateKeys } from '../../../src/url-state';
import type { Dropped } from '../../../src/url-state';

const long = (n: number) => 'a'.repeat(n);

/** Values a hand-edited or stale link may carry, and how each is reported. */
const bad: readonly (readonly [string, string, Dropped['reason']])[] = [
  ['lang', 'fr', 'malformed'],
  ['lang', 'AR', 'malformed'],
  ['event', 'Bad_Id', 'malformed'],
  ['event', '<script>alert(1)</script>', 'malformed'],
  ['event', '', 'malformed'],
  ['event', long(81), 'too-long'],
  ['actor', 'akar!', 'malformed'],
  ['place', 'tripoli tarhuna', 'malformed'],
  ['doc', '../etc/passwd', 'malformed'],
  ['doc', long(81), 'too-long'],
  ['actors', 'akar,,erdogan', 'malformed'],
  ['actors', 'akar,Erdogan', 'malformed'],
  ['actors', long(4001), 'too-long'],
  ['mode', 'some', 'malformed'],
  ['places', 'tripoli,', 'malformed'],
  ['types', 'visit,party', 'malformed'],
  ['from', '2021-02-29', 'malformed'],
  ['from', '2020-13-01', 'malformed'],
  ['from', '20200101', 'malformed'],
  ['to', '2020-1-1', 'malformed'],
  ['to', '0000-01-01', 'malformed'],
  ['possible', 'yes', 'malformed'],
  ['q', long(201), 'too-long'],
  ['map', '20/32.9/13.2', 'malformed'],
  ['map', '5/abc/13.2', 'malformed'],
  ['map', '5/32.9', 'malformed'],
  ['map', '5/32.9/13.2/1', 'malformed'],
  ['map', '1e1/32.9/13.2', 'malformed'],
  ['map', '5/NaN/13.2', 'malformed'],
  ['follow', '0', 'unknown-key'], // the old switch: from/to is always the filter now
  ['view', '2020-07-08..2020-06-28', 'malformed'],
  ['view', '2020-07-08', 'malformed'],
  ['view', '2020-02-30..2020-03-01', 'malformed'],
  ['view', '2020..2020-03-01', 'malformed'],
  ['view', '2020-01-01..2020-02-01..2020-03-01', 'too-long'],
  ['at', '2020-7-3', 'malformed'],
  ['tiles', 'on', 'malformed'],
  ['corpus', '<b>x</b>', 'malformed'],
  ['corpus', ' leading-space', 'malformed'],
  ['Event', 'mou', 'unknown-key'],
  ['selected', 'mou', 'unknown-key'],
];

describe('URL keys', () => {
  it('declares each key once, with the short names links use', () => {
    const names = Object.values(viewStateKeys).map((key) => key.name);
    expect(names).toEqual([
      'lang',
      'event',
      'actor',
      'place',
      'doc',
      'actors',
      'mode',
      'places',
      'types',
      'from',
      'to',
      'possible',
      'q',
      'map',
      'view',
      'at',
      'tiles',
      'corpus',
      'story',
      'step',
    ]);
  });

  it('pushes history for selections and filters, replaces for map, window and search text', () => {
    const replace = Object.values(viewStateKeys)
      .filter((key) => key.history === 'replace')
      .map((key) => key.name);
    expect(replace).toEqual(['from', 'to', 'q', 'map', 'view', 'at']);
  });

  it.each(bad)('drops %s=%s as %s and keeps the default', (key, value, reason) => {
    const { state, dropped } = parseViewState(`?${key}=${encodeURIComponent(value)}`);
    expect(dropped).toEqual([
      { key, value: value.length > 100 ? `${value.slice(0, 100)}…` : value, reason },
    ]);
    expect(state).toEqual(DEFAULT_VIEW_STATE);
  });

  it('reads good values of every key', () => {
    const { state, dropped } = parseViewState(
      '?lang=ar&event=mou-2019-11&actor=akar&place=mitiga-airport&doc=003_24fb423664423354' +
        '&actors=sarraj,akar&mode=all&places=tripoli&types=visit,agreement&from=2020-02-29' +
        '&to=2020-03-01&possible=0&q=%D8%A3%D9%83%D8%A7%D8%B1+visit&map=12/32.8940/13.2760' +
        '&view=2020-01-01..2020-12-31&at=2020-07-03&tiles=1&corpus=%D9%85%D9%84%D9%81+2' +
        '&story=turkey-and-the-gna&step=3',
    );
    expect(dropped).toEqual([]);
    expect(state).toEqual({
      lang: 'ar',
      event: 'mou-2019-11',
      actor: 'akar',
      place: 'mitiga-airport',
      doc: '003_24fb423664423354',
      actors: ['akar', 'sarraj'],
      actorMode: 'all',
      places: ['tripoli'],
      types: ['agreement', 'visit'],
      from: '2020-02-29',
      to: '2020-03-01',
      possible: false,
      q: 'أكار visit',
      map: { zoom: 12, lat: 32.894, lon: 13.276 },
      view: { start: '2020-01-01', end: '2020-12-31' },
      at: '2020-07-03',
      tiles: true,
      corpus: 'ملف 2',
      story: 'turkey-and-the-gna',
      step: 3,
    });
  });

  it('sorts and de-duplicates list filters, so equal filters give equal links', () => {
    expect(parseViewState('?actors=sarraj,akar,sarraj').state.actors).toEqual(['akar', 'sarraj']);
  });

  it('uses the first of repeated keys and reports the others as repeated', () => {
    const { state, dropped } = parseViewState('?event=first&event=second');
    expect(state.event).toBe('first');
    expect(dropped).toEqual([{ key: 'event', value: 'second', reason: 'repeated' }]);
  });

  it('drops a reversed time window, both ends, saying so, and keeps a one-day window', () => {
    const reversed = parseViewState('?from=2021-06-01&to=2020-01-01');
    expect([reversed.state.from, reversed.state.to]).toEqual([null, null]);
    expect(reversed.dropped).toEqual([
      { key: 'from', value: '2021-06-01', reason: 'reversed' },
      { key: 'to', value: '2020-01-01', reason: 'reversed' },
    ]);
    const oneDay = parseViewState('?from=2020-01-01&to=2020-01-01');
    expect([oneDay.state.from, oneDay.state.to, oneDay.dropped]).toEqual([
      '2020-01-01',
      '2020-01-01',
      [],
    ]);
  });

  it('keeps the good keys of a link that also has bad ones', () => {
    const { state, dropped } = parseViewState('?event=mou&map=99/1/1&lang=en&utm_source=x');
    expect([state.event, state.lang, state.map]).toEqual(['mou', 'en', null]);
    expect(dropped.map((d) => d.reason)).toEqual(['malformed', 'unknown-key']);
  });
});
