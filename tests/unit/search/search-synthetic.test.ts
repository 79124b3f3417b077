import { describe, expect, it } from 'vitest';
import { searchCorpus } from '../../../src/domain/search/search-corpus';
import { buildSearchIndex } from '../../../src/domain/search/search-index';
import { syntheticIndex } from './synthetic-index';

// Correctness at scale, not speed: wall-clock time in a parallel unit run on two cores is not
// deterministic; timings live in the benchmark (npm run bench).
describe('searchCorpus on 10,000 synthetic events', () => {
  const index = syntheticIndex(10_000, 42);

  it('builds its search index once per corpus index', () => {
    expect(buildSearchIndex(index)).toBe(buildSearchIndex(index));
  });

  it('finds matches among 10,000 events and their sources, for Arabic with clitics and for English', () => {
    const queries = ['اكار', 'والنمروش', 'بطرابلس', 'Tripoli', 'mini', 'الوفاق حكومة', 'ترهونة12'];
    for (const q of queries) {
      const r = searchCorpus(index, q);
      expect(r.counts.events + r.counts.sentences, q).toBeGreaterThan(0);
    }
    expect(searchCorpus(index, 'اكار').counts.events).toBeGreaterThan(1000);
  });
});
