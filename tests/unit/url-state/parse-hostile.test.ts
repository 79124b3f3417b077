import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseViewState,
  serialiseViewState,
  viewStateFields,
  viewStateKeys,
} from '../../../src/url-state';
import { viewStateProblems } from './view-state-arbitrary';

const seed = 42;
const names = viewStateFields.map((field) => viewStateKeys[field].name);
const hostileKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<script>',
];
const hostileValues = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '%',
  '%%%',
  '%E0%A4%A',
  '%uD800',
  '%00',
  '__proto__',
  '1e400',
  'NaN',
  'Infinity',
  '-0',
  '99/99/999',
  '5/32.1/13.1',
  'a,,b',
  '2020-02-30',
  'a'.repeat(100_000),
];
const loneSurrogates = fc.string({
  unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
});

/** Checks the one promise: any input gives a valid state, a list of drops, and no exception. */
function expectSafe(search: string) {
  const { state, dropped } = parseViewState(search);
  expect(viewStateProblems(state)).toEqual([]);
  expect(Array.isArray(dropped)).toBe(true);
  for (const d of dropped) expect(d.key.length + d.value.length).toBeLessThanOrEqual(202);
  // What it returns is canonical: writing it back and reading again changes nothing.
  const again = parseViewState(serialiseViewState(state));
  expect(again.dropped).toEqual([]);
  expect(again.state).toEqual(state);
}

describe('parseViewState on hostile input', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), expectSafe), { seed, numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), expectSafe), { seed, numRuns: 500 });
    fc.assert(fc.property(loneSurrogates, expectSafe), { seed, numRuns: 100 });
  });

  it('never throws on arbitrary key=value query strings, raw or encoded', () => {
    const key = fc.oneof(fc.constantFrom(...names, ...hostileKeys), fc.string());
    const value = fc.oneof(
      fc.constantFrom(...hostileValues),
      fc.string(),
      fc.string({ unit: 'binary' }),
    );
    const pairs = fc.array(fc.tuple(key, value, fc.boolean()), { maxLength: 12 });
    fc.assert(
      fc.property(pairs, (list) => {
        const raw = list.map(([k, v, encode]) =>
          encode
            ? `${encodeURIComponent(k)}=${encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, ''))}`
            : `${k}=${v}`,
        );
        expectSafe(`?${raw.join('&')}`);
      }),
      { seed, numRuns: 500 },
    );
  });

  it('reports prototype keys as unknown and never assigns them', () => {
    const { state, dropped } = parseViewState(
      '?__proto__[polluted]=1&__proto__=x&constructor=y&prototype=z&toString=1',
    );
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(Object.hasOwn(state, 'constructor')).toBe(false);
    expect(dropped.map((d) => [d.key, d.reason])).toEqual([
      ['__proto__[polluted]', 'unknown-key'],
      ['__proto__', 'unknown-key'],
      ['constructor', 'unknown-key'],
      ['prototype', 'unknown-key'],
      ['toString', 'unknown-key'],
    ]);
  });

  it('clips huge values in the report so the notice stays readable', () => {
    const { dropped } = parseViewState(`?q=${'x'.repeat(100_000)}&${'k'.repeat(5000)}=1`);
    expect(dropped.map((d) => d.reason)).toEqual(['too-long', 'unknown-key']);
    expect(dropped[0]?.value).toHaveLength(101);
    expect(dropped[1]?.key).toHaveLength(101);
  });

  it('leaves Object.prototype untouched after all of the above', () => {
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
