// Where the time goes: a CPU profile of Athar's main thread while it loads a synthetic corpus
// (and, with --select / --filter, while a list row is clicked / an actor filter is ticked),
// from an unminified build with source
// maps (bench/out/dist-profile, built from the working tree when missing or with --build).
// Prints time by source category, by function (self) and by named function (inclusive), and
// writes bench/out/profile-<n>.cpuprofile (open it in Chrome DevTools › Performance).
//
//   node bench/profile.mjs [--events 2000 | --corpus public/data/corpus.json] [--select] [--filter]
//                          [--no-timeline] [--build] [--cap 300000] [--tag NAME]
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, newPage } from './lib/browser.mjs';
import { analyseProfile } from './lib/cpu-profile.mjs';
import { generateCorpus } from './lib/corpus.mjs';
import { makePlan } from './lib/plan.mjs';
import { serveDirectory } from './lib/server.mjs';
import { writeSplit } from './lib/site.mjs';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '2000' },
    corpus: { type: 'string' },
    filter: { type: 'boolean', default: false },
    select: { type: 'boolean', default: false },
    'no-timeline': { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    cap: { type: 'string', default: '300000' },
    tag: { type: 'string', default: '' },
  },
});
// --tag keeps the build, the site and the profiles of one person apart from another's.
const suffix = args.tag ? `-${args.tag}` : '';
const DIST = `bench/out/dist-profile${suffix}`;
const SITE = `bench/out/profile-site${suffix}`;

const noTimeline = args['no-timeline'];

if (args.build || !existsSync(join(DIST, 'index.html'))) {
  const build = [
    'vite',
    'build',
    '--minify',
    'false',
    '--sourcemap',
    '--outDir',
    DIST,
    '--emptyOutDir',
  ];
  if (spawnSync('npx', build, { stdio: 'inherit' }).status !== 0) process.exit(1);
}
rmSync(SITE, { recursive: true, force: true });
cpSync(DIST, SITE, { recursive: true });
const corpus = args.corpus
  ? JSON.parse(readFileSync(args.corpus, 'utf8'))
  : generateCorpus(Number(args.events));
writeFileSync(join(SITE, 'data', 'corpus.json'), JSON.stringify(corpus));
// The app loads the split form (npm run split), made here from the same file.
rmSync(join(SITE, 'data', 'corpus'), { recursive: true, force: true });
writeSplit(join(SITE, 'data', 'corpus.json'), join(SITE, 'data', 'corpus'));
const plan = makePlan(corpus);
const n = corpus.events.length;

const selectors = { list: '[data-event-id]', map: '.leaflet-marker-icon' };
if (!noTimeline) selectors.timeline = '.vis-timeline .vis-item';
const server = await serveDirectory(SITE);
const browser = await launchBrowser();
try {
  const { page, context } = await newPage(browser, selectors, { noTimeline });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  const profileWhile = async (name, act) => {
    await cdp.send('Profiler.start');
    const started = Date.now();
    await act();
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(`bench/out/profile-${n}-${name}${suffix}.cpuprofile`, JSON.stringify(profile));
    const summary = await analyseProfile(profile, SITE);
    console.log(
      `\n## ${name} (${n} events${noTimeline ? ', no timeline' : ''}): ${Date.now() - started} ms wall`,
    );
    for (const [title, rows] of Object.entries({
      'self time by source': summary.byCategory,
      'self time by function': summary.bySelf,
      'inclusive time by named function': summary.byInclusive,
    })) {
      console.log(`\n${title}:`);
      for (const row of rows) console.log(`${String(row.ms).padStart(8)} ms  ${row.what}`);
    }
  };
  await profileWhile('load', async () => {
    await page.goto(`${server.url}?lang=en`, { waitUntil: 'commit' });
    await page.waitForFunction(
      (names) => names.every((k) => window.__bench.loaded[k] !== undefined),
      Object.keys(selectors),
      { timeout: Number(args.cap), polling: 200 },
    );
    await page.waitForTimeout(1000);
  });
  if (args.select) {
    const row = page.locator(`[data-event-id="${plan.select.id}"]`);
    await row.hover();
    await profileWhile('select', async () => {
      await row.click();
      await page.waitForTimeout(3000);
    });
  }
  if (args.filter) {
    await page.getByRole('tab', { name: 'Actors' }).click();
    await page.getByRole('searchbox', { name: 'Find an actor' }).fill(plan.filter.name);
    const box = page.getByRole('checkbox', { name: `Filter by ${plan.filter.name}`, exact: true });
    await box.waitFor({ state: 'attached' });
    await profileWhile('filter', async () => {
      await box.click();
      await page.waitForTimeout(3000);
    });
    await profileWhile('filter-off', async () => {
      await box.click();
      await page.waitForTimeout(3000);
    });
  }
} finally {
  await browser.close();
  await server.close();
}
