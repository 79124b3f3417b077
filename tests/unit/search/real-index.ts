/** The real corpus (public/data/corpus.json), validated and indexed, for tests on real names. */
import corpusJson from '../../../public/data/corpus.json';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import { corpusSchema } from '../../../src/domain/corpus/schema';

export const realIndex = buildCorpusIndex(corpusSchema.parse(corpusJson));
