import type { CorpusIndex } from '../corpus/corpus-index';

/**
 * What the exporters read of a corpus: the corpus, its actors and places by id and the texts
 * of its documents (a CorpusIndex is one; so is what an export worker rebuilds from the parts
 * it receives), and optionally the calendar stamp worked out from the whole corpus. The texts
 * an export needs are in memory before it starts (run-export.ts fetches those of a split corpus).
 */
export type ExportIndex = Pick<CorpusIndex, 'corpus' | 'actorsById' | 'placesById' | 'texts'> & {
  stamp?: string;
};
