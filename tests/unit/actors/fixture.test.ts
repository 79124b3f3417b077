import { describe, expect, it } from 'vitest';
import { corpusSchema } from '../../../src/domain/corpus/schema';
import { fixtureCorpus, fixtureIndex } from './fixture';

describe('the test fixture', () => {
  it('is a valid corpus', () => {
    expect(corpusSchema.safeParse(fixtureCorpus).success).toBe(true);
  });

  it('has mentions that point at the words they name', () => {
    const doc = fixtureCorpus.documents[0];
    expect(doc?.mentions.length).toBeGreaterThan(0);
    for (const m of doc?.mentions ?? []) expect(doc?.text.slice(m.start, m.end)).not.toBe('');
    expect(fixtureIndex.mentionCounts.get('akar')).toBe(3);
  });
});
