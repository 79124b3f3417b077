// The site the benchmark serves: a copy of the production build (dist/) whose corpus is
// swapped for the corpus under test — split by `npm run split` into data/corpus/ (index.json
// and shards/, what the app loads), and whole as data/corpus.json (what the floor page
// fetches) — plus TimelineJS's own dist files (served locally, no CDN) and the two comparison
// pages (bench/pages).
import {
  cpSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { writeJson } from './write-json.mjs';

export const SITE_DIR = 'bench/out/site';
const TIMELINEJS_DIST = 'node_modules/@knight-lab/timelinejs/dist';

/** Builds dist/ with `npx vite build` only when it is missing. */
export function ensureBuild(dist) {
  if (existsSync(join(dist, 'index.html'))) return;
  console.error(`${dist}/ is missing: running npx vite build --outDir ${dist}`);
  const result = spawnSync('npx', ['vite', 'build', '--outDir', dist], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

const SPLIT_DIR = 'bench/out/split';

/** A corpus file larger than this cannot be read back as one string: it is split in memory. */
const HUGE_BYTES = 400e6;

/**
 * The split form of the corpus file at `corpusPath` (npm run split), made once per file and
 * made again when the file is newer; returns its folder. A huge file is split from `corpus`
 * (the same corpus in memory) by the pipeline's own splitCorpus, its index written in pieces.
 */
async function splitOnce(corpusPath, corpus) {
  const out = join(SPLIT_DIR, corpusPath.replace(/[^A-Za-z0-9.-]+/g, '_'));
  const index = join(out, 'index.json');
  if (existsSync(index) && statSync(index).mtimeMs >= statSync(corpusPath).mtimeMs) return out;
  if (statSync(corpusPath).size > HUGE_BYTES && corpus) return splitInMemory(corpus, out);
  writeSplit(corpusPath, out);
  return out;
}

/** What `npm run split` writes, from a corpus in memory (not checked again: it was generated). */
async function splitInMemory(corpus, out) {
  const { splitCorpus } = await tsImport(
    '../../src/domain/corpus/split-corpus.ts',
    import.meta.url,
  );
  const { nodeSha256 } = await tsImport('../../src/pipeline/split-files.ts', import.meta.url);
  rmSync(out, { recursive: true, force: true });
  const { index, shards } = splitCorpus(corpus, { hash: nodeSha256 });
  for (const shard of shards) {
    mkdirSync(dirname(join(out, shard.file)), { recursive: true });
    writeFileSync(join(out, shard.file), shard.text);
  }
  writeJson(join(out, 'index.json'), index);
  return out;
}

/** Splits the corpus file at `corpusPath` into `out` with the pipeline's command. */
export function writeSplit(corpusPath, out) {
  const result = spawnSync('npx', ['tsx', 'src/pipeline/split.ts', corpusPath, out], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`npm run split failed on ${corpusPath}`);
}

/** Makes SITE_DIR from `dist`; returns a function that swaps in a corpus file. */
export function prepareSite(dist) {
  rmSync(SITE_DIR, { recursive: true, force: true });
  cpSync(dist, SITE_DIR, { recursive: true });
  for (const part of ['js', 'css'])
    cpSync(join(TIMELINEJS_DIST, part), join(SITE_DIR, 'tl', part), { recursive: true });
  cpSync('bench/pages', join(SITE_DIR, 'bench'), { recursive: true });
  mkdirSync(join(SITE_DIR, 'data'), { recursive: true });
  return {
    /** The app's corpus and TimelineJS's copy of the same events (`corpus`: the file's content). */
    async useCorpus(corpusPath, timelineJsPath, corpus) {
      copyFileSync(corpusPath, join(SITE_DIR, 'data', 'corpus.json'));
      rmSync(join(SITE_DIR, 'data', 'corpus'), { recursive: true, force: true });
      const split = await splitOnce(corpusPath, corpus);
      cpSync(split, join(SITE_DIR, 'data', 'corpus'), { recursive: true });
      if (timelineJsPath) copyFileSync(timelineJsPath, join(SITE_DIR, 'bench', 'timelinejs.json'));
    },
  };
}
