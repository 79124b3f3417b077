// The bundled corpus as text, and a deep copy to damage in a test.
import type { Corpus } from '../../../src/domain/corpus/schema';
import text from '../../../public/data/corpus.json?raw';

export const BUNDLED_TEXT: string = text;

/** A fresh, mutable copy of the bundled corpus. */
export function bundledCorpus(): Corpus {
  return JSON.parse(BUNDLED_TEXT) as Corpus;
}
