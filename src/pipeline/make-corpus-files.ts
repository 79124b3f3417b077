/**
 * From the inputs on disk to the generated files' contents (nothing written here), so that
 * preprocess writes them and the committed-corpus check compares them.
 */
import { z } from 'zod';
import { buildCorpus } from '../domain/pipeline/build-corpus';
import type { Problem } from '../domain/corpus/problem';
import { corpusSchema, type Corpus } from '../domain/corpus/schema';
import { BASEMAP_FILE, buildBasemap } from './build-basemap';
import { htmlLineToText } from './html-line-to-text';
import { readInputs } from './read-inputs';
import { readStories } from './read-stories';
import { SPLIT_DIR, splitFiles, splitSchemaFiles } from './split-files';

export const CORPUS_FILE = 'public/data/corpus.json';
export const SCHEMA_FILE = 'public/data/corpus.schema.json';

export interface CorpusFiles {
  corpus: Corpus | null;
  files: { path: string; content: string }[];
  problems: Problem[];
  warnings: string[];
}

export function corpusJsonSchema(): unknown {
  return {
    $id: 'corpus.schema.json',
    title: 'Athar corpus',
    description:
      'The corpus the Athar app loads: documents, actors, places and events with evidence offsets.',
    ...z.toJSONSchema(corpusSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
  };
}

export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function makeCorpusFiles(root: string): CorpusFiles {
  const { inputs, problems } = readInputs(root);
  if (!inputs) return { corpus: null, files: [], problems, warnings: [] };
  const built = buildCorpus({ ...inputs, htmlToText: htmlLineToText });
  if (!built.corpus)
    return { corpus: null, files: [], problems: built.problems, warnings: built.warnings };
  const read = readStories(root, built.corpus);
  if (read.problems.length > 0)
    return { corpus: null, files: [], problems: read.problems, warnings: built.warnings };
  if (read.stories.length > 0) built.corpus.stories = read.stories;
  const checked = corpusSchema.safeParse(built.corpus);
  if (!checked.success) {
    return {
      corpus: null,
      files: [],
      problems: checked.error.issues.map((i) => ({
        file: CORPUS_FILE,
        path: i.path.join('.'),
        message: i.message,
      })),
      warnings: built.warnings,
    };
  }
  return {
    corpus: built.corpus,
    files: [
      { path: CORPUS_FILE, content: stableJson(built.corpus) },
      { path: SCHEMA_FILE, content: stableJson(corpusJsonSchema()) },
      // The offline basemap, clipped to what the corpus's places need (compact: it is large).
      { path: BASEMAP_FILE, content: `${JSON.stringify(buildBasemap(built.corpus.places))}\n` },
      // The same corpus split: the index the app loads first, and the shards of the texts.
      ...splitFiles(built.corpus, SPLIT_DIR),
      ...splitSchemaFiles(),
    ],
    problems: [],
    warnings: built.warnings,
  };
}
