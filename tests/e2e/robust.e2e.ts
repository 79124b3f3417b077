// Robust and safe (issue 8), in both languages: a damaged corpus, partly bad data, a corpus of
// one's own, a link to someone else's corpus, a view that fails, markup in the data, the CSP,
// and working offline. Damaged data is served by routing the corpus request; nothing in the
// app is switched for tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/domain/corpus/schema';
import {
  BASE_URL,
  chooseEvent,
  launchBrowser,
  openPage,
  screenshotPath,
  timelineSettled,
  type GuardedPage,
} from './browser';

const CORPUS_TEXT = readFileSync('public/data/corpus.json', 'utf8');
const corpusCopy = (): Corpus => JSON.parse(CORPUS_TEXT) as Corpus;
interface Strings {
  [key: string]: string | Strings;
}
/** A string of the app's locale files: `text('ar', 'open', 'foreign.title')`. */
function text(lang: 'ar' | 'en', ns: string, key: string): string {
  let node: string | Strings = JSON.parse(
    readFileSync(`src/i18n/locales/${lang}/${ns}.json`, 'utf8'),
  ) as Strings;
  for (const part of key.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`no ${ns}:${key}`);
    node = node[part]!;
  }
  if (typeof node !== 'string') throw new Error(`${ns}:${key} is not a string`);
  return node;
}
/** Whether Explorer wraps its views in ViewBoundary yet (see the view-boundary test). */
const VIEWS_WRAPPED = readFileSync('src/app/Explorer.tsx', 'utf8').includes('<ViewBoundary');

const TARGET = 'akar-visits-tripoli-2020';
const WINDOW = 'from=2020-06-28&to=2020-07-08';
const PAYLOAD = '<img src=x onerror="window.__pwned=1">';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Opened extends GuardedPage {
  /** Content-Security-Policy violations the page reported. */
  violations(): Promise<string[]>;
}

/**
 * A guarded page (no request leaves localhost; console problems recorded) at `path`, with
 * `setup` applied to the context first (routes, init scripts) and CSP violations recorded.
 */
async function open(
  path: string,
  setup: (context: BrowserContext) => Promise<unknown> = async () => undefined,
  viewport?: { width: number; height: number },
): Promise<Opened> {
  const guarded = await openPage(browser, '?lang=en', viewport ? { viewport } : {});
  await guarded.page.locator('main#main').waitFor();
  await guarded.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await setup(guarded.context);
  guarded.consoleProblems.length = 0;
  await guarded.page.goto(BASE_URL + path);
  return {
    ...guarded,
    violations: () =>
      guarded.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
  };
}

/** Serves `body` (or a status, or a network failure) for the corpus. */
function serveCorpus(context: BrowserContext, answer: (route: Route) => Promise<void>) {
  return context.route('**/data/corpus/index.json', answer);
}

async function ready(page: Page): Promise<void> {
  await page.locator('main#main').waitFor();
  await page.locator('.vis-timeline .vis-item').first().waitFor();
  await page.locator('.leaflet-marker-icon').first().waitFor();
}

/** Drags a file named `name` holding `text` onto the page and drops it; `whileDragging` runs between. */
async function dropFile(
  page: Page,
  name: string,
  text: string,
  whileDragging: () => Promise<void> = async () => undefined,
): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, body]) => {
      const data = new DataTransfer();
      data.items.add(new File([body], fileName, { type: 'application/json' }));
      return data;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await whileDragging();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
}

/** Chooses `files` with the button named `label` and the file picker it opens. */
async function pickFile(
  page: Page,
  label: string,
  files: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: label }).click();
  await (await chooser).setFiles(files);
}

/** Chromium's own report of a failed request: expected where a test makes a request fail. */
const FAILED_404 =
  'error: Failed to load resource: the server responded with a status of 404 (Not Found)';
const FAILED_NET = 'error: Failed to load resource: net::ERR_FAILED';

describe.each(['ar', 'en'] as const)('robust and safe, in %s', (lang) => {
  const robust = (key: string) => text(lang, 'robust', key);
  const openNs = (key: string) => text(lang, 'open', key);
  const problemsNs = (key: string) => text(lang, 'problems', key);
  const dir = lang === 'ar' ? 'rtl' : 'ltr';

  it('a damaged corpus gives an error page in the language of the link, and Retry recovers', async () => {
    const cases: [string, (route: Route) => Promise<void>, string, string[]][] = [
      ['missing', (r) => r.fulfill({ status: 404, body: 'Not found' }), 'missing', [FAILED_404]],
      ['network', (r) => r.abort('failed'), 'network', [FAILED_NET]],
      ['truncated', (r) => r.fulfill({ body: CORPUS_TEXT.slice(0, 4000) }), 'not-json', []],
      ['html', (r) => r.fulfill({ body: '<!doctype html><p>oops' }), 'not-json', []],
      ['shape', (r) => r.fulfill({ body: '{"version":1}' }), 'schema', []],
    ];
    for (const [name, answer, kind, expectedConsole] of cases) {
      const { page, context, consoleProblems, outsideRequests, violations } = await open(
        `?lang=${lang}`,
        (c) => serveCorpus(c, answer),
      );
      const heading = page.getByRole('heading', { level: 1, name: robust(`error.${kind}.title`) });
      await heading.waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).toContain(robust(`error.${kind}.what`));
      expect(text).toContain(robust(`error.${kind}.todo`));
      if (kind === 'schema') {
        const items = await page.locator('.problem-list li').allTextContents();
        expect(items).toHaveLength(6);
        for (const field of ['id', 'name', 'documents', 'actors', 'places', 'events'])
          expect(items.some((item) => item.includes(field))).toBe(true);
        expect(items[0]).toContain(problemsNs('code.missing'));
        await page.screenshot({ path: screenshotPath(`robust-error-page-${lang}`) });
      }
      if (name === 'missing') expect(text).toContain('HTTP 404');
      if (name === 'network')
        await page.screenshot({ path: screenshotPath(`robust-error-network-${lang}`) });
      // The data comes back: Retry loads it.
      await context.unroute('**/data/corpus/index.json');
      await page.getByRole('button', { name: robust('retry') }).click();
      await ready(page);
      expect(consoleProblems, name).toEqual(expectedConsole);
      expect(outsideRequests).toEqual([]);
      expect(await violations()).toEqual([]);
      await context.close();
    }
  });

  it('partly bad data keeps the good part and lists the rest in a collapsible notice', async () => {
    const raw = corpusCopy();
    const [first, second] = raw.events;
    first!.actors.push({ id: 'nobody', role: 'guest' });
    second!.evidence = [{ document: raw.documents[0]!.id, start: 0, end: 999_999 }];
    (raw.actors as unknown[]).push({ id: 'Not An Id', kind: 'wizard' });
    const { page, context, consoleProblems, violations } = await open(`?lang=${lang}`, (c) =>
      serveCorpus(c, (r) =>
        r.fulfill({ body: JSON.stringify(raw), contentType: 'application/json' }),
      ),
    );
    await ready(page);
    const notice = page.getByRole('region', { name: problemsNs('label') });
    await notice.waitFor();
    const summary = lang === 'ar' ? problemsNs('summary_few') : problemsNs('summary_other');
    expect(await notice.textContent()).toContain(summary.replace('{{count}}', '3'));
    await notice.getByText(problemsNs('toggle')).click();
    const items = await notice.locator('li').allTextContents();
    // The bad actor row: up to three problems of its own (id, kind, name).
    expect(items).toHaveLength(6);
    expect(items.join('\n')).toContain(problemsNs('code.unknown-actor'));
    expect(items.join('\n')).toContain(problemsNs('code.outside-text'));
    expect(items.join('\n')).toContain(problemsNs('code.no-evidence'));
    // The good part is shown; the event left without evidence is not.
    expect(await page.locator(`.event-list [data-event-id="${first!.id}"]`).count()).toBe(1);
    expect(await page.locator(`[data-event-id="${second!.id}"]`).count()).toBe(0);
    await page.screenshot({ path: screenshotPath(`robust-data-problems-${lang}`) });
    expect(consoleProblems).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('opens a corpus of your own (drag and drop, picker), names it, and goes back', async () => {
    const mine = corpusCopy();
    mine.name = { ar: 'مدوّنتي التجريبية', en: 'My test corpus' };
    mine.events = mine.events.filter((e) => e.id !== 'un-briefing-dujarric-on-libya');
    const { page, context, consoleProblems, outsideRequests, violations } = await open(
      `?lang=${lang}&${WINDOW}`,
    );
    await ready(page);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const badge = page.getByRole('note', { name: openNs('badgeLabel') });
    expect(await badge.count()).toBe(0);

    // Drag and drop onto the page: an overlay while dragging, then the file is opened.
    await dropFile(page, 'my-corpus.json', JSON.stringify(mine), async () => {
      await page.getByText(openNs('drop')).waitFor();
      await page.screenshot({ path: screenshotPath(`robust-drop-zone-${lang}`) });
    });
    await badge.waitFor();
    expect(await badge.textContent()).toContain(`${openNs('yours')} my-corpus.json`);
    await page.waitForURL(/corpus=my-corpus.json/);
    expect(page.url()).not.toContain('from='); // a new corpus starts afresh
    await ready(page);
    expect(await page.getByText(openNs('drop')).count()).toBe(0);
    expect(await page.locator('.header__corpus').textContent()).toBe(mine.name[lang]);
    expect(await page.locator('[data-event-id="un-briefing-dujarric-on-libya"]').count()).toBe(0);
    // Read and checked in the Web Worker.
    expect(workers.some((url) => url.startsWith(BASE_URL) && url.includes('corpus-worker'))).toBe(
      true,
    );
    await page.screenshot({ path: screenshotPath(`robust-open-corpus-badge-${lang}`) });

    // Back to the bundled corpus, then Back in history: the file is still open in this tab.
    await badge.getByRole('button', { name: openNs('back') }).click();
    await page.waitForURL((url) => !url.search.includes('corpus='));
    await ready(page);
    expect(await page.locator('.header__corpus').textContent()).toBe(corpusCopy().name[lang]);
    await page.goBack();
    await badge.waitFor();
    // A reload of the tab finds it too (kept in sessionStorage, never sent anywhere).
    await page.reload();
    await badge.waitFor();
    await ready(page);

    // The file picker.
    const picked = { ...mine, name: { ar: 'مدوّنة مختارة', en: 'Picked corpus' } };
    await pickFile(page, openNs('button'), {
      name: 'picked.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(picked)),
    });
    await page.waitForURL(/corpus=picked.json/);
    await expect.poll(() => page.locator('.header__corpus').textContent()).toBe(picked.name[lang]);

    // Too large: said clearly, nothing read, the corpus shown stays.
    const big = join(tmpdir(), `athar-too-large-${lang}.json`);
    writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, 0x20));
    await pickFile(page, openNs('button'), big);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(robust('fileError.too-large.what'));
    expect(page.url()).toContain('corpus=picked.json');
    await page.screenshot({ path: screenshotPath(`robust-too-large-${lang}`) });

    // Not a corpus: said clearly, with the parser's detail.
    await pickFile(page, openNs('button'), {
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"notes": [1, 2'),
    });
    await expect.poll(() => alert.textContent()).toContain(robust('fileError.not-json.title'));
    expect(consoleProblems).toEqual([]);
    expect(outsideRequests).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it("a link to someone else's corpus gets a polite page, never the bundled corpus under that name", async () => {
    const theirs = corpusCopy();
    theirs.name = { ar: 'مدوّنتهم', en: 'Their corpus' };
    const link = `?lang=${lang}&event=${TARGET}&corpus=their-corpus.json`;
    const { page, context, consoleProblems, violations } = await open(link);
    const heading = page.getByRole('heading', { level: 1, name: openNs('foreign.title') });
    await heading.waitFor();
    expect(await page.locator('main').textContent()).toContain('their-corpus.json');
    expect(await page.locator('[data-event-id]').count()).toBe(0);
    await page.screenshot({ path: screenshotPath(`robust-foreign-corpus-${lang}`) });

    // Opening that file shows the view of the link.
    await pickFile(page, openNs('button'), {
      name: 'their-corpus.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(theirs)),
    });
    await ready(page);
    await expect.poll(() => page.locator('.event-detail').getAttribute('data-event')).toBe(TARGET);
    expect(await page.locator('.header__corpus').textContent()).toBe(theirs.name[lang]);
    expect(page.url()).toContain('corpus=their-corpus.json');
    expect(consoleProblems).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();

    // Or go to the bundled corpus.
    const other = await open(link);
    await other.page.getByRole('button', { name: openNs('foreign.bundled') }).click();
    await ready(other.page);
    expect(new URL(other.page.url()).search).toBe(`?lang=${lang}`);
    expect(await other.page.locator('.header__corpus').textContent()).toBe(corpusCopy().name[lang]);
    expect(other.consoleProblems).toEqual([]);
    expect(await other.violations()).toEqual([]);
    await other.context.close();
  });

  it('a view that fails shows its own message while the other views keep working', async () => {
    // vis-timeline builds its DOM in the Timeline constructor, which the timeline adapter calls
    // in an effect: appendChild on its root (div.vis-timeline) is made to throw, so exactly
    // that view fails, during React's effects, every time it is created; nothing else uses it.
    const { page, context, consoleProblems, violations } = await open(
      `?lang=${lang}&${WINDOW}`,
      (c) =>
        c.addInitScript(() => {
          const state = window as unknown as { __breakTimeline: boolean };
          state.__breakTimeline = true;
          const append = Node.prototype.appendChild;
          Node.prototype.appendChild = function <T extends Node>(this: Node, child: T): T {
            if (
              state.__breakTimeline &&
              this instanceof HTMLElement &&
              this.classList.contains('vis-timeline')
            )
              throw new Error('timeline sabotaged by the test');
            return append.call(this, child) as T;
          };
        }),
    );
    const failure = page.getByRole('alert');
    if (!VIEWS_WRAPPED) {
      // Until Explorer wraps each view, the app-level boundary keeps the page from going blank.
      await failure.waitFor();
      expect(await failure.textContent()).toContain(
        robust('boundary.view.explorer').replace('{{message}}', 'timeline sabotaged by the test'),
      );
      expect(consoleProblems).toHaveLength(1);
      expect(consoleProblems[0]).toContain('timeline sabotaged by the test');
      await context.close();
      return;
    }
    await failure.waitFor();
    expect(await failure.textContent()).toContain(
      robust('boundary.view.timeline').replace('{{message}}', 'timeline sabotaged by the test'),
    );
    expect(await failure.textContent()).toContain(robust('boundary.others'));
    await page.screenshot({ path: screenshotPath(`robust-view-failed-${lang}`) });
    // The list and the map still work, and stay linked.
    await page.locator('.leaflet-marker-icon').first().waitFor();
    await chooseEvent(page, TARGET);
    await page.waitForURL(new RegExp(`event=${TARGET}`));
    await expect
      .poll(() => page.locator('[data-place-id="tripoli"][data-state="selected"]').count())
      .toBeGreaterThan(0);
    // Reported once (React's root logs what a boundary catches).
    expect(consoleProblems).toHaveLength(1);
    expect(consoleProblems[0]).toContain('timeline sabotaged by the test');
    // Retry, once the cause is gone, brings the timeline back.
    await page.evaluate(() => {
      (window as unknown as { __breakTimeline: boolean }).__breakTimeline = false;
    });
    await failure.getByRole('button', { name: robust('boundary.retry') }).click();
    await page.locator('.vis-timeline .vis-item').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(consoleProblems).toHaveLength(1);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('markup in the data is shown as text everywhere, and never runs', async () => {
    const raw = corpusCopy();
    const event = raw.events.find((e) => e.id === TARGET)!;
    event.title = { ar: PAYLOAD, en: PAYLOAD };
    raw.actors.find((a) => a.id === 'akar')!.name = { ar: PAYLOAD, en: PAYLOAD };
    raw.places.find((p) => p.id === 'tripoli')!.name = { ar: PAYLOAD, en: PAYLOAD };
    const doc = raw.documents.find((d) => d.id === event.evidence[0]!.document)!;
    doc.title = { ar: PAYLOAD, en: PAYLOAD };
    const { page, context, consoleProblems, outsideRequests, violations } = await open(
      `?lang=${lang}&${WINDOW}&event=${TARGET}&place=tripoli`,
      (c) => serveCorpus(c, (r) => r.fulfill({ body: JSON.stringify(raw) })),
      { width: 1600, height: 1000 }, // room for the timeline's tooltip
    );
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await ready(page);
    const textOf = (selector: string) => page.locator(selector).first().textContent();
    // The list, the timeline item, the map label and popup, the event detail, the source.
    expect(await textOf(`[data-event-id="${TARGET}"]`)).toContain(PAYLOAD);
    expect(await textOf(`.vis-timeline .vis-item[data-id="${TARGET}"]`)).toContain(PAYLOAD);
    // Tripoli's own marker, or the cluster it leads at this zoom ("<name> +2").
    expect(
      await textOf(
        '[data-place-id="tripoli"] .athar-marker__label, [data-place-ids~="tripoli"] .athar-marker__label',
      ),
    ).toContain(PAYLOAD);
    await page.locator('.athar-popup').waitFor();
    expect(await textOf('.athar-popup')).toContain(PAYLOAD);
    expect(await textOf('.event-detail')).toContain(PAYLOAD);
    await expect.poll(() => textOf('.source-header__title')).toBe(PAYLOAD);
    // The timeline's tooltip is HTML: hover the item to show it.
    // (Once the timeline is drawn at its final size: it grows to fit its items, and a hover
    // aimed before that can land on a neighbour.)
    await timelineSettled(page);
    const item = page.locator(`.vis-timeline .vis-item[data-id="${TARGET}"]`);
    await item.scrollIntoViewIfNeeded();
    await timelineSettled(page);
    await item.hover();
    await page.locator('.vis-tooltip').waitFor();
    expect(await textOf('.vis-tooltip')).toContain(PAYLOAD);
    await page.screenshot({ path: screenshotPath(`robust-markup-as-text-${lang}`) });
    expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    expect(requests.filter((url) => new URL(url).pathname.endsWith('/x'))).toEqual([]);
    expect(consoleProblems).toEqual([]);
    expect(outsideRequests).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('a hostile link is ignored politely and never turns into markup', async () => {
    const hostile = [
      `lang=${lang}`,
      `event=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}`,
      'actor=__proto__',
      'actors=akar,constructor',
      'from=2020-13-45',
      'map=1e400/NaN/Infinity',
      `q=${encodeURIComponent('<script>window.__pwned=1</script>')}`,
      '__proto__[polluted]=1',
      'javascript:alert(1)=x',
      'doc=%E0%A4%A',
    ].join('&');
    const { page, context, consoleProblems, outsideRequests, violations } = await open(
      // (Path segments are left to the unit test: with base './', a server that answers any path
      // with index.html serves it where its relative asset URLs do not resolve.)
      `?${hostile}#<img src=x onerror=alert(1)>`,
    );
    await page.locator('.explorer').waitFor(); // (the search in the link matches no event)
    const notice = page.locator('.notice[role=status]');
    await notice.waitFor();
    const said = (await notice.textContent()) ?? '';
    for (const key of ['event', 'actor', 'actors', 'from', 'map', '__proto__[polluted]'])
      expect(said).toContain(key);
    expect(said).toContain('<img src=x onerror="window.__pwned=1">'); // as text
    expect(await page.locator('img[src="x"], script:not([src]), [onerror]').count()).toBe(0);
    expect(
      await page.evaluate(() => [
        (window as unknown as { __pwned?: number }).__pwned,
        ({} as Record<string, unknown>).polluted,
      ]),
    ).toEqual([undefined, undefined]);
    await page.screenshot({ path: screenshotPath(`robust-hostile-link-${lang}`) });
    expect(consoleProblems).toEqual([]);
    expect(outsideRequests).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('the standard flows raise no Content-Security-Policy violation', async () => {
    const { page, context, consoleProblems, violations } = await open(`?lang=${lang}`);
    await ready(page);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    await chooseEvent(page, TARGET);
    await page.locator('.source-reader mark[data-evidence]').first().waitFor();
    await page.locator('.source-reader [data-entity="akar"]').first().click();
    await page.waitForURL(/actor=akar/);
    await page.locator('[data-place-id="tripoli"]').first().click();
    await page.waitForURL(/place=tripoli/);
    await page.locator('#search').fill('akar');
    await page.waitForURL(/q=akar/);
    await page.locator('.header__button:has(> [lang])').click(); // the other language
    await page.waitForURL(new RegExp(`lang=${lang === 'ar' ? 'en' : 'ar'}`));
    await dropFile(page, 'c.json', CORPUS_TEXT); // read in the Web Worker
    await page.waitForURL(/corpus=c.json/);
    await ready(page);
    await page.locator('.open-corpus__button').click(); // the picker opens (and is left)
    expect(await violations()).toEqual([]);
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it('works offline: fonts, basemap and data are local; online tiles fail politely', async () => {
    const { page, context, consoleProblems, outsideRequests, violations } = await open(
      `?lang=${lang}&event=${TARGET}`,
    );
    const requests: { url: string; type: string }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
    await page.reload();
    await ready(page);
    await page.locator('.source-reader mark[data-evidence]').first().waitFor(); // Arabic text
    const naskh = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts]
        .filter((f) => f.family.replace(/["']/g, '') === 'Noto Naskh Arabic')
        .map((f) => f.status);
    });
    expect(naskh).toContain('loaded');
    const local = (url: string) => url.startsWith(BASE_URL);
    const fonts = requests.filter((r) => r.type === 'font');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((r) => !local(r.url))).toEqual([]);
    expect(requests.some((r) => r.url === `${BASE_URL}data/basemap.json`)).toBe(true);
    expect(requests.some((r) => r.url === `${BASE_URL}data/corpus/index.json`)).toBe(true);
    expect(requests.some((r) => r.url.startsWith(`${BASE_URL}data/corpus/shards/`))).toBe(true);
    expect(requests.filter((r) => !local(r.url))).toEqual([]);
    expect(outsideRequests).toEqual([]);
    expect(consoleProblems).toEqual([]);

    // The optional online layer: its tiles cannot load here; the map says so and still works.
    await page.goto(`${BASE_URL}?lang=${lang}&tiles=1`);
    await ready(page);
    // A link asks for it; this browser asks its user first and fetches nothing before.
    expect(outsideRequests).toEqual([]);
    await page.getByRole('button', { name: text(lang, 'map', 'consent.yes') }).click();
    const notice = page.getByText(text(lang, 'map', 'notice.tilesFailed'));
    await notice.waitFor();
    await page.screenshot({ path: screenshotPath(`robust-offline-tiles-${lang}`) });
    expect(outsideRequests.length).toBeGreaterThan(0);
    expect(outsideRequests.every((url) => url.startsWith('https://tile.openstreetmap.org/'))).toBe(
      true,
    );
    // Chromium itself reports each blocked tile ("Failed to load resource"); the app adds nothing.
    expect(consoleProblems.filter((p) => p !== FAILED_NET)).toEqual([]);
    expect(consoleProblems.length).toBeLessThanOrEqual(outsideRequests.length);
    expect(await violations()).toEqual([]);
    await context.close();
  });
});
