import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareSearchIndex } from '../../../src/app/prepare-search-index';
import { searchCorpus } from '../../../src/domain/search/search-corpus';
import { buildSearchIndex, searchIndexBuilder } from '../../../src/domain/search/search-index';
import { searchTokens } from '../../../src/domain/search/tokens';
import { forEachSearchWord, searchWords } from '../../../src/domain/search/words';
import { realIndex } from './real-index';
import { syntheticIndex } from './synthetic-index';

afterEach(() => {
  vi.useRealTimers();
});

const QUERIES = ['اكار', 'والنمروش', 'بطرابلس', 'Tripoli', 'mini', 'الوفاق حكومة', 'ترهونة12', 'a'];

describe('searchWords', () => {
  it('gives the words searchTokens gives, for any text (property)', () => {
    const chars = fc.constantFrom(
      ...'أكّار للنمروش ـ Güler İSTANBUL ٢٠٢١ ., ß\u{1F600}\uD800x'.split(''),
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), fc.string({ maxLength: 20 }), (parts, s) => {
        for (const text of [parts.join(''), s])
          expect(searchWords(text)).toEqual(searchTokens(text).map((t) => t.norm));
      }),
      { seed: 3, numRuns: 1000 },
    );
  });

  it('reads part of a text as that part cut out', () => {
    const text = 'قال أكار بطرابلس: Güler visited';
    for (const [from, to] of [
      [0, 8],
      [4, 16],
      [5, text.length],
      [17, 24],
    ] as const) {
      const words: string[] = [];
      forEachSearchWord(text, from, to, (w) => words.push(w));
      expect(words).toEqual(searchWords(text.slice(from, to)));
    }
  });
});

describe('the search index built in steps', () => {
  it('is the same index, and searches find the same, as one built at once', () => {
    const whole = syntheticIndex(2_000, 5);
    const stepped = syntheticIndex(2_000, 5);
    const builder = searchIndexBuilder(stepped);
    let steps = 0;
    let calls = 0;
    while (!builder.step(() => ++calls % 3 === 0)) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(builder.done).toBe(true);
    const a = buildSearchIndex(whole);
    const b = buildSearchIndex(stepped);
    expect(b.terms).toEqual(a.terms);
    expect(b.postings).toEqual(a.postings);
    for (const q of QUERIES)
      expect(JSON.stringify(searchCorpus(stepped, q, 50))).toBe(
        JSON.stringify(searchCorpus(whole, q, 50)),
      );
  });

  it('is finished by the first search when the steps have not finished it', () => {
    const index = syntheticIndex(500, 9);
    const builder = searchIndexBuilder(index);
    expect(builder.step(() => true)).toBe(false);
    expect(searchCorpus(index, 'Tripoli').counts.events).toBeGreaterThan(0);
    expect(builder.done).toBe(true);
  });

  it('prepareSearchIndex builds it in the background, after the views, and can be stopped', () => {
    vi.useFakeTimers();
    const index = syntheticIndex(300, 2);
    const other = syntheticIndex(300, 2);
    const stop = prepareSearchIndex(index, 1000);
    const stopOther = prepareSearchIndex(other, 1000);
    stopOther();
    vi.advanceTimersByTime(999);
    expect(searchIndexBuilder(index).done).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(searchIndexBuilder(index).done).toBe(true);
    expect(searchIndexBuilder(other).done).toBe(false);
    stop();
  });

  it('matches are the texts that matched, with the words marked, when asked for', () => {
    const hit = searchCorpus(realIndex, 'طرابلس').places[0];
    expect(hit).toBeDefined();
    const match = hit!.matches[0]!;
    expect(match.ranges.length).toBeGreaterThan(0);
    expect(hit!.matches).toBe(hit!.matches);
  });
});
