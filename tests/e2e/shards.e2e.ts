// A split corpus with a shard deleted from the server and another corrupted on it (issue 21):
// the timeline, the map and the lists are drawn from the index as ever; the reader says, in
// the page's language, that one document's text is missing and the other's damaged; an
// event's evidence from them says it cannot be shown; selecting and filtering still work.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/domain/corpus/schema';
import { splitCorpus } from '../../src/domain/corpus/split-corpus';
import { chooseEvent, launchBrowser, openPage, screenshotPath, timelineSettled } from './browser';

const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;
// One shard per document: the bundled corpus's two documents get one each.
const split = splitCorpus(corpus, { shardBytes: 1 });
const shardOf = (id: string) =>
  split.index.shards[split.index.documents.find((d) => d.id === id)!.shard]!.file;
const DELETED = '000_c1d9a3115eba2769';
const CORRUPTED = '003_24fb423664423354';
/** Events whose evidence is in one of them only. */
const FROM_DELETED = 'turkey-military-intervention-in-libya';
const FROM_CORRUPTED = 'akar-visits-tripoli-2020';

const FAILED_404 =
  'error: Failed to load resource: the server responded with a status of 404 (Not Found)';

function text(lang: 'ar' | 'en', ns: string, path: string): string {
  let node: unknown = JSON.parse(readFileSync(`src/i18n/locales/${lang}/${ns}.json`, 'utf8'));
  for (const part of path.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`no ${ns}:${path}`);
  return node;
}

/** The server as it would be: the index, one shard gone, the other with a byte changed. */
async function damagedServer(context: BrowserContext): Promise<void> {
  const byFile = new Map(split.shards.map((s) => [s.file, s.text]));
  const corrupted = byFile.get(shardOf(CORRUPTED))!.replace('ليبيا', 'ليبيى');
  expect(corrupted).not.toBe(byFile.get(shardOf(CORRUPTED)));
  await context.route('**/data/corpus/index.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(split.index) }),
  );
  await context.route(`**/data/corpus/${shardOf(DELETED)}`, (route) =>
    route.fulfill({ status: 404, body: 'Not Found' }),
  );
  await context.route(`**/data/corpus/${shardOf(CORRUPTED)}`, (route) =>
    route.fulfill({ contentType: 'application/json', body: corrupted }),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe.each(['ar', 'en'] as const)('a damaged split corpus, in %s', (lang) => {
  it('says which texts cannot be shown and keeps the rest working', async () => {
    const { page, context, consoleProblems, outsideRequests } = await openPage(
      browser,
      `?lang=${lang}&doc=${DELETED}`,
      { setup: damagedServer },
    );
    // The views are drawn from the index.
    await page.locator('.vis-timeline .vis-item').first().waitFor();
    await page.locator('.leaflet-marker-icon').first().waitFor();
    await timelineSettled(page);

    // The reader: the document's facts, and why its text is not there.
    const missing = page.locator('.source-reader [role="alert"][data-failure="missing"]');
    await missing.waitFor();
    expect(await missing.textContent()).toBe(text(lang, 'source', 'text.missing'));
    const heading = page.locator('.source-reader h2');
    expect(await heading.textContent()).toBe(
      corpus.documents.find((d) => d.id === DELETED)!.title[lang],
    );
    await page.screenshot({ path: screenshotPath(`shards-missing-${lang}`) });

    // Selecting an event still works; its evidence says it cannot be shown.
    await chooseEvent(page, FROM_CORRUPTED);
    await page.waitForURL(new RegExp(`event=${FROM_CORRUPTED}`));
    const title = corpus.documents.find((d) => d.id === CORRUPTED)!.title[lang];
    await expect
      .poll(() => page.locator('.event-detail .evidence-item--missing').first().textContent())
      .toBe(text(lang, 'event', 'evidence.textFailed').replace('{{title}}', title));
    await expect
      .poll(() => page.locator(`.vis-item.vis-selected[data-eventid="${FROM_CORRUPTED}"]`).count())
      .toBe(1);
    expect(await page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(0);

    // The other document: its shard is not the one the index lists.
    await page.goto(
      `${page.url().split('?')[0]}?lang=${lang}&doc=${CORRUPTED}&event=${FROM_DELETED}`,
    );
    const damaged = page.locator('.source-reader [role="alert"][data-failure="damaged"]');
    await damaged.waitFor();
    expect(await damaged.textContent()).toBe(text(lang, 'source', 'text.damaged'));
    await page.locator('.vis-timeline .vis-item').first().waitFor();
    await page.screenshot({ path: screenshotPath(`shards-damaged-${lang}`) });

    // Chromium reports the deleted shard's 404; nothing else went wrong.
    expect(consoleProblems.length).toBeGreaterThan(0);
    expect(consoleProblems.filter((p) => p !== FAILED_404)).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
