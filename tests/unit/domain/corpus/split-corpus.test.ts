// The split corpus (issue 21): split then join gives the corpus back, the index carries what
// the views need, each shard's SHA-256 is the one recorded, and the pure SHA-256 agrees with
// Node's on any text.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Corpus, CorpusDocument } from '../../../../src/domain/corpus/schema';
import { sha256, utf8Bytes, utf8Length } from '../../../../src/domain/corpus/sha256';
import { joinCorpus, splitCorpus } from '../../../../src/domain/corpus/split-corpus';
import {
  splitIndexSchema,
  splitShardSchema,
  type SplitShard,
} from '../../../../src/domain/corpus/split-schema';
import { realCorpus } from '../../search/real-index';

const RUNS = { seed: 21, numRuns: 60 };

function nodeSha(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function shardsOf(split: ReturnType<typeof splitCorpus>): SplitShard[] {
  const byFile = new Map(split.shards.map((s) => [s.file, s.text]));
  return split.index.shards.map((entry) => JSON.parse(byFile.get(entry.file)!) as SplitShard);
}

/** A corpus of `documents` and nothing else that a split looks into. */
function corpusOf(documents: CorpusDocument[]): Corpus {
  return { ...realCorpus, documents };
}

const date = { start: '2020-01-01', end: '2020-01-01', precision: 'day', basis: 'stated' } as const;
const documentArb = fc
  .record({
    text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }),
    extra: fc.string({ unit: 'binary', maxLength: 40 }),
    en: fc.string({ minLength: 1, maxLength: 60 }),
    credits: fc.array(fc.string(), { maxLength: 3 }),
  })
  .map(({ text, extra, en, credits }): Omit<CorpusDocument, 'id'> => {
    const whole = text + extra;
    return {
      title: { ar: 'عنوان', en: 'Title' },
      publisher: { ar: 'ناشر', en: 'Publisher' },
      credits,
      published: date,
      text: whole,
      sentences: [{ start: 0, end: whole.length, en }],
      mentions: [{ entity: 'akar', start: 0, end: Math.min(1, whole.length) }],
    };
  });

describe('splitCorpus and joinCorpus', () => {
  it('give the bundled corpus back exactly, and the index matches its schema', () => {
    const split = splitCorpus(realCorpus);
    expect(splitIndexSchema.safeParse(split.index).success).toBe(true);
    for (const s of shardsOf(split)) expect(splitShardSchema.safeParse(s).success).toBe(true);
    const joined = joinCorpus(split.index, shardsOf(split));
    expect(JSON.stringify(joined)).toBe(JSON.stringify(realCorpus));
  });

  it('keep in the index what the views draw, and no text', () => {
    const { index } = splitCorpus(realCorpus);
    expect(index.events).toBe(realCorpus.events);
    expect(index.actors).toBe(realCorpus.actors);
    expect(JSON.stringify(index)).not.toContain(realCorpus.documents[0]!.text.slice(0, 40));
    expect(index.documents.map((d) => d.length)).toEqual(
      realCorpus.documents.map((d) => d.text.length),
    );
    const mentions = realCorpus.documents.flatMap((d) => d.mentions);
    expect(index.mentionCounts.akar).toBe(mentions.filter((m) => m.entity === 'akar').length);
  });

  it('round-trips any documents at any shard size, hashing each shard as Node does', () => {
    fc.assert(
      fc.property(
        fc.array(documentArb, { minLength: 0, maxLength: 12 }),
        fc.integer({ min: 1, max: 4000 }),
        (docs, shardBytes) => {
          const corpus = corpusOf(docs.map((d, i) => ({ id: `doc-${String(i)}`, ...d })));
          const split = splitCorpus(corpus, { shardBytes });
          expect(joinCorpus(split.index, shardsOf(split))).toEqual(corpus);
          const byFile = new Map(split.shards.map((s) => [s.file, s.text]));
          for (const entry of split.index.shards) {
            const text = byFile.get(entry.file)!;
            expect(entry.sha256).toBe(nodeSha(text));
            expect(entry.file).toBe(`shards/${entry.sha256.slice(0, 16)}.json`);
            expect(entry.bytes).toBe(Buffer.byteLength(text, 'utf8'));
          }
          // Each document is in the shard the index says, and only a lone document overfills one.
          const shards = shardsOf(split);
          split.index.documents.forEach((d) => {
            expect(shards[d.shard]!.documents.some((c) => c.id === d.id)).toBe(true);
          });
          split.index.shards.forEach((entry) => {
            if (entry.documents > 1) expect(entry.bytes).toBeLessThanOrEqual(shardBytes + 200);
          });
        },
      ),
      RUNS,
    );
  });

  it('cuts a large corpus into several shards in corpus order', () => {
    const split = splitCorpus(realCorpus, { shardBytes: 1 });
    expect(split.index.shards).toHaveLength(realCorpus.documents.length);
    expect(split.index.documents.map((d) => d.shard)).toEqual(
      realCorpus.documents.map((_, i) => i),
    );
  });
});

describe('sha256', () => {
  it('is the standard digest (FIPS 180-4 examples)', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('agrees with Node on any text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256(text)).toBe(nodeSha(text));
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
        expect(Buffer.from(utf8Bytes(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
      }),
      { seed: 21, numRuns: 300 },
    );
  });
});
