import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseViewState, serialiseViewState } from '../../../src/url-state';
import { viewStateArbitrary } from './view-state-arbitrary';

const seed = 42;

describe('a shared link reproduces the view', () => {
  it('parse(serialise(state)) gives back every valid state, dropping nothing', () => {
    fc.assert(
      fc.property(viewStateArbitrary, (state) => {
        const { state: back, dropped } = parseViewState(serialiseViewState(state));
        expect(dropped).toEqual([]);
        expect(back).toEqual(state);
      }),
      { seed, numRuns: 500 },
    );
  });

  it('serialising is canonical: equal states give equal URLs, and a URL re-serialises to itself', () => {
    fc.assert(
      fc.property(viewStateArbitrary, (state) => {
        const url = serialiseViewState(state);
        expect(serialiseViewState({ ...state, actors: [...state.actors].reverse() })).toBe(url);
        expect(serialiseViewState(parseViewState(url).state)).toBe(url);
        expect(url === '' || url.startsWith('?')).toBe(true);
      }),
      { seed, numRuns: 300 },
    );
  });

  it('a URL pasted as text survives the browser: it is valid as the search of a URL', () => {
    fc.assert(
      fc.property(viewStateArbitrary, (state) => {
        const search = serialiseViewState(state);
        const url = new URL(`https://athar.example/${search}`);
        expect(parseViewState(url.search).state).toEqual(state);
      }),
      { seed, numRuns: 300 },
    );
  });
});
