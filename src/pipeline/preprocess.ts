/**
 * npm run preprocess: data/sources + data/curation → public/data/corpus.json (+ its JSON
 * Schema), the same corpus split in public/data/corpus/ (index.json and shards/, the form the
 * app loads; shards of an earlier run are removed) and the split form's JSON Schemas in docs/.
 * Logs go to stderr; exit code 1 and nothing written when any input is wrong.
 * Options: --root DIR (where data/ is; default .), --out DIR (where public/ goes; default root).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../domain/corpus/problem';
import { makeCorpusFiles } from './make-corpus-files';
import { report } from './report';
import { SPLIT_DIR, staleShards } from './split-files';
import { writeFilesAtomically } from './write-atomic';

const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, out: { type: 'string' } },
});
const root = values.root;
const out = values.out ?? root;

const result = makeCorpusFiles(root);
if (!result.corpus) {
  const causes = result.problems.filter((p) => !p.consequence).length;
  const after = result.problems.length - causes;
  console.error(
    `preprocess: ${causes} problem(s)${after ? ` and ${after} consequence(s)` : ''}; nothing was written.`,
  );
  for (const line of formatProblems(result.problems)) console.error(line);
  process.exit(1);
}
const written = result.files.map((f) => ({ path: join(out, f.path), content: f.content }));
writeFilesAtomically(written);
for (const stale of staleShards(
  join(out, SPLIT_DIR),
  written.map((f) => f.path),
))
  rmSync(stale);
console.error(report(result.corpus, result.warnings));
const shards = result.files.filter((f) => f.path.startsWith(join(SPLIT_DIR, 'shards'))).length;
console.error(
  `preprocess: wrote ${result.files
    .filter((f) => !f.path.startsWith(join(SPLIT_DIR, 'shards')))
    .map((f) => f.path)
    .join(', ')} and ${String(shards)} shard(s) in ${SPLIT_DIR}/shards`,
);
