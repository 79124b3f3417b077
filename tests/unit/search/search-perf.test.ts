import { describe, expect, it } from 'vitest';
import { searchCorpus } from '../../../src/domain/search';
import { buildSearchIndex } from '../../../src/domain/search-index';
import { syntheticIndex } from './synthetic-index';

describe('searchCorpus speed', () => {
  const index = syntheticIndex(10_000, 42);

  it('builds its search index once per corpus index', () => {
    expect(buildSearchIndex(index)).toBe(buildSearchIndex(index));
  });

  it('searches 10,000 events (and their sources) in under 50 ms a query', () => {
    buildSearchIndex(index); // built once per corpus, outside the timing
    const queries = [
      'اكار',
      'والنمروش',
      'بطرابلس',
      'Tripoli',
      'mini',
      'الوفاق حكومة',
      'ترهونة12',
      'x',
    ];
    for (const q of queries) {
      // The median of five runs: one garbage collection should not decide the test.
      const times: number[] = [];
      let r = searchCorpus(index, q);
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now();
        r = searchCorpus(index, q);
        times.push(performance.now() - t0);
      }
      const ms = times.sort((a, b) => a - b)[2]!;
      expect(ms, `"${q}" took ${ms.toFixed(1)} ms`).toBeLessThan(50);
      if (q !== 'x') expect(r.counts.events + r.counts.sentences, q).toBeGreaterThan(0);
    }
    expect(searchCorpus(index, 'اكار').counts.events).toBeGreaterThan(1000);
  });
});
