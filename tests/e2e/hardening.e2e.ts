// Hardening (issue 14) in the browser: a document of megabytes is read to its far end, and the
// production build is served with the headers a static host needs. The corpus is served by
// routing its request; nothing in the app is switched for tests.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/domain/corpus/schema';
import { BASE_URL, chooseEvent, launchBrowser, openPage } from './browser';

const PHRASE = 'كلمة النمروش هنا. ';
const FAR = 'far-evidence';

/**
 * The bundled corpus with the phrase appended 100,000 times to its first document (3.3 MB),
 * each a sentence with a mention, and an event whose evidence is the very last sentence.
 */
function longCorpus(): string {
  const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;
  const doc = corpus.documents[0]!;
  const base = doc.text.length + 1;
  const n = 100_000;
  doc.text = `${doc.text}\n${PHRASE.repeat(n)}`.trimEnd();
  const name = PHRASE.indexOf('النمروش');
  for (let i = 0; i < n; i++) {
    const at = base + i * PHRASE.length;
    doc.sentences.push({ start: at, end: at + PHRASE.length - 1, en: `Word ${String(i)}.` });
    doc.mentions.push({ entity: 'namroush', start: at + name, end: at + name + 7 });
  }
  const last = base + (n - 1) * PHRASE.length;
  corpus.events.push({
    ...corpus.events[0]!,
    id: FAR,
    date: { start: '1990-01-01', end: '1990-01-01', precision: 'day', basis: 'external' },
    evidence: [{ document: doc.id, start: last, end: last + PHRASE.length - 1 }],
  });
  return JSON.stringify(corpus);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('a 3.3 MB document (issue 14, item 1)', () => {
  it.each(['en', 'ar'] as const)(
    'opens, and “Go to the evidence” brings its last sentence into view (%s)',
    async (lang) => {
      const body = longCorpus();
      const { page, context, consoleProblems } = await openPage(browser, `?lang=${lang}`, {
        setup: (c) =>
          c.route('**/data/corpus/index.json', (route) =>
            route.fulfill({ body, contentType: 'application/json' }),
          ),
      });
      await chooseEvent(page, FAR);
      const jump = page.locator('.source-reader__jump');
      await jump.click();
      // The evidence row has focus and lies inside the visible part of its scroll box.
      await expect
        .poll(
          () =>
            page.evaluate(() => {
              const row = document.activeElement;
              const mark = row?.querySelector('mark[data-evidence]');
              if (!row?.hasAttribute('data-evidence-row') || !mark) return 'no focused evidence';
              let box = row.parentElement;
              while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY))
                box = box.parentElement;
              const m = mark.getBoundingClientRect();
              const b = (box ?? document.documentElement).getBoundingClientRect();
              return m.top >= Math.max(0, b.top) - 1 &&
                m.bottom <= Math.min(window.innerHeight, b.bottom) + 1
                ? 'in view'
                : `at ${String(Math.round(m.top))}, box ${String(Math.round(b.top))}–${String(Math.round(b.bottom))}`;
            }),
          { timeout: 30_000 },
        )
        .toBe('in view');
      const marked =
        (await page.locator('.source-reader mark[data-evidence]').first().textContent()) ?? '';
      expect(marked.length).toBeGreaterThan(0);
      expect(PHRASE.startsWith(marked)).toBe(true);
      // Only the rows in view are drawn, not 100,000 sentences.
      expect(await page.locator('.source-reader [data-index]').count()).toBeLessThan(200);
      expect(consoleProblems).toEqual([]);
      await context.close();
    },
  );
});

describe('headers for real hosting (issue 14, item 12)', () => {
  it('vite preview sends public/_headers: CSP with frame-ancestors, nosniff, referrer policy', async () => {
    const response = await fetch(BASE_URL);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    // The header's policy is the page's meta policy plus what a meta tag cannot set.
    const html = await response.text();
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(csp).toBe(`${meta!}; frame-ancestors 'none'`);
  });

  it('another page cannot frame Athar', async () => {
    const { page, context } = await openPage(browser, '?lang=en');
    await page.locator('main#main').waitFor();
    const outside = await context.newPage(); // about:blank: no policy of its own
    await outside.setContent(
      `<iframe src="${BASE_URL}?lang=en" width="800" height="600"></iframe>`,
    );
    const frame = outside.frames()[1];
    expect(frame).toBeDefined();
    await frame!.waitForLoadState('load');
    // Blocked, the frame holds the browser's error page, not index.html (whose #root is there
    // before any script runs).
    expect(await frame!.locator('#root').count()).toBe(0);
    await context.close();
  });
});

describe('any path the host serves the app at (issue 14, item 13)', () => {
  it.each(['does/not/exist?lang=en', 'a/b/c/?lang=ar'])(
    'shows the explorer at /%s',
    async (path) => {
      // vite preview answers an unknown path with index.html, as a single-page fallback does.
      const { page, context, consoleProblems, outsideRequests } = await openPage(browser, path);
      await page.locator('.leaflet-container .leaflet-marker-icon').first().waitFor();
      await page.locator('[data-event-id]').first().waitFor({ state: 'attached' });
      await page.locator('.vis-timeline .vis-item').first().waitFor();
      expect(consoleProblems).toEqual([]);
      expect(outsideRequests).toEqual([]);
      await context.close();
    },
  );

  it('ships 404.html, the app itself, for hosts that answer an unknown path with it', async () => {
    const [index, notFound] = await Promise.all(
      ['', '404.html'].map(async (file) => (await fetch(BASE_URL + file)).text()),
    );
    expect(notFound).toBe(index);
    expect(index).toMatch(/src="\/assets\/index-[^"]+\.js"/);
  });
});

/** A string of a locale file (`ns:key.sub`), as the page shows it. */
function localeText(lang: 'ar' | 'en', ns: string, key: string): string {
  let node: unknown = JSON.parse(readFileSync(`src/i18n/locales/${lang}/${ns}.json`, 'utf8'));
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`no ${ns}:${key}`);
  return node;
}

const TILES = 'https://tile.openstreetmap.org/';

/** The map has drawn its markers: what it would fetch at once, it has asked for by now. */
async function mapDrawn(page: Page): Promise<void> {
  await page.locator('main#main').waitFor();
  await page.locator('.leaflet-container .leaflet-marker-icon').first().waitFor();
}

describe('the online map asks first and remembers the answer (issue 14, item 11)', () => {
  it('fetches nothing before consent; a yes holds across a reload, in this browser only', async () => {
    const lang = 'en';
    const link = `?lang=${lang}&tiles=1`;
    const { page, context, outsideRequests } = await openPage(browser, link);
    const prompt = page.getByRole('group', { name: localeText(lang, 'map', 'consent.label') });
    await mapDrawn(page);
    await prompt.waitFor();
    // Asked, not yet answered: nothing has left the machine, no tile is on the page.
    expect(outsideRequests).toEqual([]);
    expect(await page.locator('.leaflet-tile-pane img').count()).toBe(0);
    await prompt.getByRole('button', { name: localeText(lang, 'map', 'consent.yes') }).click();
    await expect.poll(() => outsideRequests.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(outsideRequests.every((url) => url.startsWith(TILES))).toBe(true);

    // Reloaded: the answer is remembered; the tiles are asked for again without a question.
    outsideRequests.length = 0;
    await page.reload();
    await mapDrawn(page);
    await expect.poll(() => outsideRequests.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(outsideRequests.every((url) => url.startsWith(TILES))).toBe(true);
    expect(await prompt.count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('athar.onlineTiles'))).toBe('yes');
    await context.close();

    // Another browser (a fresh profile) opening the same link is asked, and fetches nothing.
    const other = await openPage(browser, link);
    await mapDrawn(other.page);
    await other.page
      .getByRole('group', { name: localeText(lang, 'map', 'consent.label') })
      .waitFor();
    expect(other.outsideRequests).toEqual([]);
    await other.context.close();
  });

  it('a no holds across a reload: no question, no request', async () => {
    const lang = 'ar';
    const { page, context, outsideRequests, consoleProblems } = await openPage(
      browser,
      `?lang=${lang}&tiles=1`,
    );
    const prompt = page.getByRole('group', { name: localeText(lang, 'map', 'consent.label') });
    await mapDrawn(page);
    await prompt.getByRole('button', { name: localeText(lang, 'map', 'consent.no') }).click();
    await prompt.waitFor({ state: 'detached' });
    // Declining takes tiles=1 out of the link; the same link opened again still asks for it.
    await page.goto(`${BASE_URL}?lang=${lang}&tiles=1`);
    await mapDrawn(page);
    expect(await prompt.count()).toBe(0);
    expect(await page.locator('.leaflet-tile-pane img').count()).toBe(0);
    expect(outsideRequests).toEqual([]);
    expect(consoleProblems).toEqual([]);
    await context.close();
  });
});
