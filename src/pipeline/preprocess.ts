/**
 * npm run preprocess: data/sources + data/curation → public/data/corpus.json (+ its JSON
 * Schema). Logs go to stderr; exit code 1 and nothing written when any input is wrong.
 * Options: --root DIR (where data/ is; default .), --out DIR (where public/ goes; default root).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../domain/corpus/problem';
import { makeCorpusFiles } from './make-corpus-files';
import { report } from './report';
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
writeFilesAtomically(result.files.map((f) => ({ path: join(out, f.path), content: f.content })));
console.error(report(result.corpus, result.warnings));
console.error(`preprocess: wrote ${result.files.map((f) => f.path).join(', ')}`);
