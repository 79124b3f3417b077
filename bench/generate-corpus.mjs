// Writes the synthetic corpora for the benchmark: bench/out/corpus-<n>.json (the app's format,
// checked against corpusSchema) and bench/out/timelinejs-<n>.json (the same events for
// TimelineJS). Deterministic: a fixed seed and a fixed date range, no clock. The files of a
// million events are over the longest string V8 makes: they are written a piece at a time
// (write-json.mjs), cannot be read back whole, and are made again in memory when reused; the
// schema check is left out at that size (minutes of zod; the same code is checked at 100k).
//
//   node bench/generate-corpus.mjs [--sizes 1000,10000,100000,1000000] [--seed N] [--no-check]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/corpus.mjs';
import { toTimelineJs } from './lib/timelinejs-data.mjs';
import { checkCorpus } from './lib/check-corpus.mjs';
import { writeJson } from './lib/write-json.mjs';

export const OUT_DIR = 'bench/out';
export const SIZES = [1000, 10_000, 100_000, 1_000_000];
/** From this many events on, a corpus is written in pieces and generated again when reused. */
export const HUGE = 500_000;
export const SEED = 20240101;

export const corpusFile = (n) => join(OUT_DIR, `corpus-${n}.json`);
export const timelineJsFile = (n) => join(OUT_DIR, `timelinejs-${n}.json`);

/** The generator's modules: these files and what they import from bench/lib, not the rest. */
function generatorFiles() {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, name] of readFileSync(file, 'utf8').matchAll(
      /from '\.\/(?:lib\/)?([\w-]+\.mjs)'/g,
    ))
      visit(join('bench/lib', name));
  };
  for (const file of ['bench/lib/corpus.mjs', 'bench/lib/check-corpus.mjs']) visit(file);
  visit('bench/lib/timelinejs-data.mjs');
  visit('bench/lib/write-json.mjs');
  return [...files, 'bench/generate-corpus.mjs'].sort();
}

/** Identifies what a corpus file was made from: the generator's code, the size, the seed. */
function stampOf(n, seed) {
  const hash = createHash('sha256').update(`${n} ${seed}\n`);
  for (const file of generatorFiles()) hash.update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * Generates, checks and writes one size; returns the corpus and its size in bytes. With
 * `reuse`, files already made by the same generator code, size and seed are read back instead
 * (the output is deterministic, so they are what generating again would write).
 */
export async function writeCorpus(n, { seed = SEED, check = true, reuse = false } = {}) {
  const stamp = stampOf(n, seed);
  const stampFile = join(OUT_DIR, `corpus-${n}.stamp`);
  const made = [stampFile, corpusFile(n), timelineJsFile(n)].every(existsSync);
  const fresh = reuse && made && readFileSync(stampFile, 'utf8') === stamp;
  if (fresh && n < HUGE) {
    const json = readFileSync(corpusFile(n), 'utf8');
    return { corpus: JSON.parse(json), bytes: Buffer.byteLength(json), reused: true };
  }
  const corpus = generateCorpus(n, seed);
  if (fresh) return { corpus, bytes: statSync(corpusFile(n)).size, reused: true };
  if (check && n < HUGE) await checkCorpus(corpus);
  mkdirSync(OUT_DIR, { recursive: true });
  writeJson(corpusFile(n), corpus);
  writeJson(timelineJsFile(n), toTimelineJs(corpus));
  writeFileSync(stampFile, stamp);
  return { corpus, bytes: statSync(corpusFile(n)).size, reused: false };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: SIZES.join(',') },
      seed: { type: 'string', default: String(SEED) },
      'no-check': { type: 'boolean', default: false },
    },
  });
  for (const n of values.sizes.split(',').map(Number)) {
    const started = performance.now();
    const { corpus, bytes } = await writeCorpus(n, {
      seed: Number(values.seed),
      check: !values['no-check'],
    });
    const ms = Math.round(performance.now() - started);
    console.error(
      `${corpusFile(n)}: ${corpus.events.length} events, ${corpus.documents.length} documents, ` +
        `${corpus.actors.length} actors, ${corpus.places.length} places, ` +
        `${(bytes / 1e6).toFixed(1)} MB (${ms} ms)`,
    );
  }
}
