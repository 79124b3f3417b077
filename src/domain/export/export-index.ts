import type { CorpusIndex } from '../corpus/corpus-index';

/**
 * What the exporters read of a corpus: the corpus and its actors and places by id (a
 * CorpusIndex is one; so is what an export worker rebuilds from the parts it receives), and
 * optionally the calendar stamp worked out from the whole corpus.
 */
export type ExportIndex = Pick<CorpusIndex, 'corpus' | 'actorsById' | 'placesById'> & {
  stamp?: string;
};
