/**
 * npm run split -- CORPUS.json OUT_DIR [--shard-kb N]: a single-file corpus → its split form
 * in OUT_DIR: index.json (what the views need to draw and filter every event) and
 * shards/<hash>.json (the documents' texts, sentences and mentions), the form the app loads
 * (see docs/split-index.schema.json). The corpus is checked as the app checks it: rows it
 * would leave out are left out here too, and listed. Shards of an earlier split in OUT_DIR are
 * removed. Logs go to stderr; exit 1 when the corpus cannot be used.
 */
import { readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkCorpus } from '../domain/corpus/check-corpus';
import { DEFAULT_SHARD_BYTES } from '../domain/corpus/split-corpus';
import { splitFiles, staleShards } from './split-files';
import { writeFilesAtomically } from './write-atomic';

const usage = 'usage: npm run split -- CORPUS.json OUT_DIR [--shard-kb N]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'shard-kb': { type: 'string' } },
});
const [input, out] = positionals;
const shardKb =
  values['shard-kb'] === undefined ? DEFAULT_SHARD_BYTES / 1024 : Number(values['shard-kb']);
if (!input || !out || positionals.length !== 2 || !(shardKb > 0)) {
  console.error(usage);
  process.exit(2);
}

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(input, 'utf8').replace(/^\uFEFF/, ''));
} catch (err) {
  console.error(`split: ${input}: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
const { corpus, problems } = checkCorpus(raw);
for (const p of problems.slice(0, 20))
  console.error(
    `  ! ${p.kind} ${p.id} ${p.field}: ${p.problem} (${p.action}) ${p.detail}`.trimEnd(),
  );
if (problems.length > 20) console.error(`  … and ${String(problems.length - 20)} more problem(s)`);
if (!corpus) {
  console.error(`split: ${input} is not a usable corpus; nothing was written.`);
  process.exit(1);
}
const files = splitFiles(corpus, out, Math.round(shardKb * 1024));
writeFilesAtomically(files);
for (const stale of staleShards(
  out,
  files.map((f) => f.path),
))
  rmSync(stale);
const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.content), 0);
const index = Buffer.byteLength(files[0]?.content ?? '');
console.error(
  `split: ${String(corpus.events.length)} events, ${String(corpus.documents.length)} documents → ` +
    `${out}/index.json (${(index / 1e6).toFixed(2)} MB) and ${String(files.length - 1)} shard(s) ` +
    `(${((bytes - index) / 1e6).toFixed(2)} MB)`,
);
