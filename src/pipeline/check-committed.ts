/**
 * npm run test:corpus: the committed public/data files must be exactly what
 * `npm run preprocess` produces from data/. Exit 1 naming the stale file otherwise.
 */
import { readFileSync } from 'node:fs';
import { formatProblems } from '../domain/corpus/problem';
import { makeCorpusFiles } from './make-corpus-files';
import { SPLIT_DIR, staleShards } from './split-files';

const result = makeCorpusFiles('.');
if (!result.corpus) {
  console.error('corpus check: the inputs do not build:');
  for (const line of formatProblems(result.problems)) console.error(line);
  process.exit(1);
}
let stale = 0;
for (const f of result.files) {
  let committed: string;
  try {
    committed = readFileSync(f.path, 'utf8');
  } catch {
    committed = '';
  }
  if (committed !== f.content) {
    stale++;
    console.error(
      `  ✗ ${f.path} is not what npm run preprocess produces: run it and commit the result`,
    );
  }
}
for (const extra of staleShards(
  SPLIT_DIR,
  result.files.map((f) => f.path),
)) {
  stale++;
  console.error(`  ✗ ${extra} is not a shard of the corpus: run npm run preprocess and commit`);
}
if (stale > 0) process.exit(1);
console.error(`corpus check: ${result.files.length} generated files are up to date`);
