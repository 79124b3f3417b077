// npm run screenshots: the README's pictures, taken from the production build in Debian's
// Chromium. Each shot is a link (the view is in the URL) at a screen size, in one language;
// the script waits until the page has settled (corpus shown, fonts loaded, no request in
// flight) and writes docs/<name>.png. Run it after a change to what a user sees.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { ensureChromium } from './ensure-chromium.mjs';

const PORT = Number(process.env.ATHAR_SCREENSHOT_PORT) || 4190;
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const SELECTED = 'event=akar-visits-tripoli-2020&actors=akar';

/** The bundled corpus with two damaged rows: an event without a title, one at no known place. */
function damaged() {
  const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8'));
  delete corpus.events[0].title;
  corpus.events[1].place = 'atlantis';
  return JSON.stringify(corpus);
}

/**
 * name → [link query, viewport, first visit?, corpus body instead of the bundled one]; each is
 * taken in English and in Arabic.
 */
export const SHOTS = {
  athar: [SELECTED, DESKTOP],
  welcome: ['', DESKTOP, true],
  start: ['', DESKTOP],
  filtered: ['actors=namroush&types=visit,meeting', DESKTOP],
  story: ['story=turkey-and-the-gna&step=2', DESKTOP],
  map: ['map=9/32.70/13.40', DESKTOP],
  timeline: ['from=2020-06-01&to=2021-01-31&at=2020-07-03&event=akar-visits-tripoli-2020', DESKTOP],
  phone: [SELECTED, PHONE],
  'phone-map': ['', PHONE],
  'phone-filtered': ['actors=akar', PHONE],
  broken: ['', DESKTOP, false, damaged],
};

async function settle(page) {
  await page.waitForSelector('main:not([aria-busy="true"])', { timeout: 30_000 });
  // The map, or (a phone with an event chosen) the event's detail in front.
  await page.waitForSelector('.leaflet-container, .event-detail', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  // The embedded basemap is drawn after the app starts: wait for its land where a map shows.
  await page.waitForFunction(
    () =>
      !document.querySelector('.leaflet-container') ||
      document.querySelector('.leaflet-athar-basemap-pane path') !== null,
    undefined,
    { timeout: 30_000 },
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // A face first used by a late draw (bold Arabic in the list, say) loads after the first
  // fonts are ready: wait until no face is loading.
  await page.waitForFunction(() => document.fonts.status === 'loaded', undefined, {
    timeout: 30_000,
  });
  // The timeline, where one shows, has drawn its items and the stage has given it their room:
  // settled for 20 frames in a row (it is redrawn at its new size after the layout grows).
  await page.waitForFunction(
    () => {
      const canvas = document.querySelector('.tl-view__canvas');
      const settled = !canvas || canvas.getAttribute('data-settled') === 'true';
      const w = /** @type {{ settledFrames?: number }} */ (/** @type {unknown} */ (window));
      w.settledFrames = settled ? (w.settledFrames ?? 0) + 1 : 0;
      return w.settledFrames >= 20;
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
}

async function main() {
  const only = process.argv.slice(2);
  const server = await preview({
    preview: { port: PORT, strictPort: true, open: false },
    logLevel: 'silent',
  });
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync('docs', { recursive: true });
  try {
    for (const [name, [query, viewport, firstVisit = false, body]] of Object.entries(SHOTS)) {
      if (only.length && !only.includes(name)) continue;
      for (const lang of ['en', 'ar']) {
        const context = await browser.newContext({
          viewport,
          locale: lang === 'ar' ? 'ar' : 'en-GB',
          timezoneId: 'UTC',
          reducedMotion: 'reduce',
        });
        // The welcome card is for first visits; the other shots show the explorer itself.
        if (!firstVisit)
          await context.addInitScript(() => {
            try {
              localStorage.setItem('athar.welcomed', '1');
            } catch {
              /* storage may be off */
            }
          });
        await context.route('**/*', (route) => {
          const { hostname } = new URL(route.request().url());
          return hostname === 'localhost' ? route.continue() : route.abort();
        });
        if (body) {
          const text = body();
          await context.route('**/data/corpus/index.json', (route) =>
            route.fulfill({ status: 200, contentType: 'application/json', body: text }),
          );
        }
        const page = await context.newPage();
        const params = new URLSearchParams(query);
        params.set('lang', lang);
        await page.goto(`http://localhost:${PORT}/?${params.toString()}`);
        await settle(page);
        const file = `docs/${name}-${lang}.png`;
        await page.screenshot({ path: file });
        console.log(`wrote ${file}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
