// The site the benchmark serves: a copy of the production build (dist/) whose
// data/corpus.json is swapped for the corpus under test, plus TimelineJS's own dist files
// (served locally, no CDN) and the two comparison pages (bench/pages).
import { cpSync, copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const SITE_DIR = 'bench/out/site';
const TIMELINEJS_DIST = 'node_modules/@knight-lab/timelinejs/dist';

/** Builds dist/ with `npx vite build` only when it is missing. */
export function ensureBuild(dist) {
  if (existsSync(join(dist, 'index.html'))) return;
  console.error(`${dist}/ is missing: running npx vite build --outDir ${dist}`);
  const result = spawnSync('npx', ['vite', 'build', '--outDir', dist], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
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
    /** The app's corpus and TimelineJS's copy of the same events. */
    useCorpus(corpusPath, timelineJsPath) {
      copyFileSync(corpusPath, join(SITE_DIR, 'data', 'corpus.json'));
      if (timelineJsPath) copyFileSync(timelineJsPath, join(SITE_DIR, 'bench', 'timelinejs.json'));
    },
  };
}
