// npm run bench: Athar's production build on the real corpus and on synthetic corpora of 1k,
// 10k, 100k and 1M events, in headless Chromium, against TimelineJS3 and the fetch +
// JSON.parse floor. Writes bench/results.json, prints Markdown tables, exits 1 when a target
// is missed.
//
//   npm run bench [-- --runs 5 --runs-100k 3 --runs-1m 1 --sizes 1000,10000,100000,1000000
//                     --dist dist --load-cap 30000 --load-cap-1m 60000 --timelinejs-cap 60000
//                     --no-timelinejs --diagnostic-runs 3 --diagnostic-runs-100k 2
//                     --no-diagnostic --out bench/results.json]
//
// A load that is not ready within --load-cap is recorded as a timeout and not repeated. The
// 1M corpus (about 4 GB of heap to generate) is made when its row comes, after the smaller
// ones are let go; `npm run bench` gives Node the heap for it.
// TimelineJS is not run again on a larger corpus once it has timed out on a smaller one. For
// 10k events and more, a diagnostic also runs the app with its timeline chunk replaced by an
// empty view, to show what the other views cost (not a target, and not the app).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { SIZES, corpusFile, timelineJsFile, writeCorpus } from './generate-corpus.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { bundleSizes } from './lib/bundle-size.mjs';
import { buildInfo, machine } from './lib/machine.mjs';
import { runRow } from './lib/run-row.mjs';
import { serveDirectory } from './lib/server.mjs';
import { ensureBuild, prepareSite, SITE_DIR } from './lib/site.mjs';
import { formatResults } from './lib/table.mjs';
import { checkTargets } from './lib/targets.mjs';
import { toTimelineJs } from './lib/timelinejs-data.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'runs-100k': { type: 'string', default: '3' },
    'runs-1m': { type: 'string', default: '1' },
    sizes: { type: 'string', default: SIZES.join(',') },
    dist: { type: 'string', default: 'dist' },
    'load-cap': { type: 'string', default: '30000' },
    'load-cap-1m': { type: 'string', default: '60000' },
    'timelinejs-cap': { type: 'string', default: '60000' },
    'no-timelinejs': { type: 'boolean', default: false },
    'diagnostic-runs': { type: 'string', default: '3' },
    'diagnostic-runs-100k': { type: 'string', default: '2' },
    'no-diagnostic': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results.json' },
  },
});
const started = Date.now();
const log = (message) =>
  console.error(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);

ensureBuild(args.dist);
const bundle = bundleSizes(args.dist);
const site = prepareSite(args.dist);

const REAL = 'public/data/corpus.json';
const real = JSON.parse(readFileSync(REAL, 'utf8'));
writeFileSync('bench/out/timelinejs-real.json', JSON.stringify(toTimelineJs(real)));
const rows = [{ name: 'real', corpus: real, file: REAL, tl: 'bench/out/timelinejs-real.json' }];
const sizeName = (n) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);
for (const n of args.sizes.split(',').map(Number))
  rows.push({ name: sizeName(n), n, corpus: null, file: corpusFile(n), tl: timelineJsFile(n) });

/** The row's corpus, generated (or read back) when its turn comes. */
async function corpusOf(row) {
  if (row.corpus) return row.corpus;
  const { corpus, reused } = await writeCorpus(row.n, { reuse: true });
  log(`${reused ? 'reused' : 'generated'} ${corpusFile(row.n)}`);
  return corpus;
}

/** The map's clustering in Node (bench/cluster.ts, which exits 1 over its target). */
function clusterTiming() {
  const run = spawnSync('npx', ['tsx', 'bench/cluster.ts', '--json'], { encoding: 'utf8' });
  try {
    return JSON.parse(run.stdout.trim().split('\n').pop());
  } catch {
    return { error: (run.stderr || String(run.error ?? 'no output')).split('\n')[0] };
  }
}
const cluster = clusterTiming();
log(
  `clustering ${cluster.places ?? '?'} places: ${cluster.medianMs ?? cluster.error} ms ` +
    `(CPU ${cluster.medianCpuMs ?? '?'} ms)`,
);

const server = await serveDirectory(SITE_DIR);
const browser = await launchBrowser();
const results = {
  machine: await machine(browser),
  build: buildInfo(args.dist),
  bundle,
  cluster,
  rows: {},
};
/**
 * Why TimelineJS is not run on `row` (or null: run it). After a timeout on a smaller corpus it
 * is not run again; when a smaller corpus took long, it is still tried once here, within its
 * cap (a run that does not finish stops the runs), so that the ratio is measured, not guessed.
 */
function timelineJsSkip(previous) {
  const tl = previous?.timelinejs;
  if (tl?.timedOut) return `not run: it timed out at ${previous.events} events`;
  return null;
}

try {
  let previous = null;
  for (const row of rows) {
    row.corpus = await corpusOf(row);
    await site.useCorpus(row.file, row.tl, row.corpus);
    const events = row.corpus.events.length;
    const big = events >= 100_000;
    const huge = events >= 1_000_000;
    const loadBefore = loadavg()[0];
    const result = await runRow(browser, server.url, row, {
      runs: Number(huge ? args['runs-1m'] : big ? args['runs-100k'] : args.runs),
      loadCapMs: Number(huge ? args['load-cap-1m'] : args['load-cap']),
      diagnosticRuns:
        args['no-diagnostic'] || events < 10_000 || huge
          ? 0
          : Number(big ? args['diagnostic-runs-100k'] : args['diagnostic-runs']),
      timelinejs: !args['no-timelinejs'],
      timelinejsCap: Number(args['timelinejs-cap']),
      timelinejsSkip: timelineJsSkip(previous),
      log,
    });
    result.loadAverage = { before: loadBefore, after: loadavg()[0] };
    results.rows[row.name] = result;
    previous = result;
    row.corpus = null;
  }
} finally {
  await browser.close();
  await server.close();
}

results.targets = checkTargets(results);
results.durationS = Math.round((Date.now() - started) / 1000);
// Written as Prettier would write it, so that the repository's format check stays clean.
const resultsFile = args.out;
const options = (await prettier.resolveConfig(resultsFile)) ?? {};
writeFileSync(
  resultsFile,
  await prettier.format(JSON.stringify(results), { ...options, filepath: resultsFile }),
);
console.log(formatResults(results));
console.log(`\n${results.machine.summary}; bench took ${results.durationS} s.`);
const failed = results.targets.filter((t) => t.status.startsWith('fail'));
if (failed.length > 0) {
  console.error(`\n${failed.length} target(s) missed: ${failed.map((t) => t.label).join('; ')}`);
  process.exit(1);
}
