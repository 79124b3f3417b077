import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, serialiseViewState, type ViewState } from '../../../src/url-state';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...patch });

describe('serialiseViewState', () => {
  it('writes nothing for the default view', () => {
    expect(serialiseViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(serialiseViewState(view({ actorMode: 'any', possible: true, q: '' }))).toBe('');
  });

  it('writes keys in one fixed order with readable separators', () => {
    const url = serialiseViewState(
      view({
        corpus: 'my corpus',
        map: { zoom: 5, lat: 32.8945678, lon: 13.18 },
        q: 'Mitiga airport',
        actors: ['sarraj', 'akar'],
        event: 'mou-2019-11',
        lang: 'en',
        tiles: true,
        possible: false,
        view: { start: '2020-06-28', end: '2020-07-08' },
        at: '2020-07-03',
      }),
    );
    expect(url).toBe(
      '?lang=en&event=mou-2019-11&actors=akar,sarraj&possible=0&q=Mitiga+airport' +
        '&map=5/32.89/13.18&view=2020-06-28..2020-07-08&at=2020-07-03&tiles=1&corpus=my+corpus',
    );
  });

  it('encodes what would break the query string', () => {
    expect(serialiseViewState(view({ q: 'a&b=c #d +e %f' }))).toBe('?q=a%26b%3Dc+%23d+%2Be+%25f');
  });

  it('leaves out values that would not parse back, rather than writing a broken link', () => {
    expect(serialiseViewState(view({ event: 'Bad Id!' }))).toBe('');
    expect(serialiseViewState(view({ actors: ['akar', 'Not An Id'] }))).toBe('');
    expect(serialiseViewState(view({ from: '2021-02-29' }))).toBe('');
    expect(serialiseViewState(view({ from: '2021-06-01', to: '2020-01-01' }))).toBe('');
    expect(serialiseViewState(view({ map: { lat: Number.NaN, lon: 0, zoom: 1 } }))).toBe('');
  });

  it('cuts search text to 200 characters without splitting a character', () => {
    const url = serialiseViewState(view({ q: `${'a'.repeat(199)}😀tail` }));
    expect(decodeURIComponent(url.slice('?q='.length))).toBe('a'.repeat(199));
    expect(serialiseViewState(view({ q: 'b'.repeat(300) }))).toBe(`?q=${'b'.repeat(200)}`);
  });
});
