import { describe, expect, it } from 'vitest';
import { corpusAssembler, corpusParts, type CorpusPart } from '../../../src/app/corpus-parts';
import { parseCorpus, type ParsedCorpus } from '../../../src/app/parse-corpus';
import { BUNDLED_TEXT } from './bundled-corpus';

/** The parts as the page receives them: each a structured clone, as postMessage makes. */
function passThrough(parts: CorpusPart[]): ParsedCorpus | null {
  const assembler = corpusAssembler();
  let result: ParsedCorpus | null = null;
  for (const part of parts) {
    expect(result).toBeNull(); // nothing is answered before the last part
    result = assembler.add(structuredClone(part));
  }
  return result;
}

describe('corpusParts', () => {
  const parsed = parseCorpus(BUNDLED_TEXT);

  it('gives back the same corpus, in parts of at most the size asked for', () => {
    if (!('corpus' in parsed)) throw new Error('the bundled corpus does not parse');
    const parts = corpusParts(parsed, 7);
    const sentences = parsed.corpus.documents.reduce((n, d) => n + d.sentences.length, 0);
    expect(parts.length).toBeGreaterThan(sentences / 7);
    for (const part of parts) if ('rows' in part) expect(part.rows.length).toBeLessThanOrEqual(7);
    expect(passThrough(parts)).toEqual(parsed);
  });

  it('an error is one message', () => {
    const failed = parseCorpus('42');
    expect(corpusParts(failed)).toHaveLength(1);
    expect(passThrough(corpusParts(failed))).toEqual(failed);
  });

  it('a part before its head is refused', () => {
    expect(() => corpusAssembler().add({ kind: 'events', rows: [] })).toThrow(/before its head/);
  });
});
