/** The real corpus (public/data/corpus.json), validated and indexed, for tests on real names. */
import corpusJson from '../../../public/data/corpus.json';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import { corpusSchema } from '../../../src/domain/corpus/schema';

/** The bundled corpus, whole (its documents with their texts). */
export const realCorpus = corpusSchema.parse(corpusJson);
export const realIndex = buildCorpusIndex(realCorpus);
