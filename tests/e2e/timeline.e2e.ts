// The timeline on the bundled corpus (issue 15) and with odd event ids (issue 14, item 2).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/domain/schema';
import { launchBrowser, openPage, screenshotPath } from './browser';
import { corpus } from './corpus';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function ready(page: Page): Promise<void> {
  await page.locator('main#main').waitFor();
  await page.locator('.vis-timeline .vis-item[data-id]').first().waitFor();
}

/** Event ids drawn as items, and the bins. */
function drawn(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('.vis-timeline .vis-item[data-id]')];
    return {
      events: all
        .filter((e) => !e.classList.contains('tl-bin'))
        .map((e) => e.getAttribute('data-id')),
      bins: all.filter((e) => e.classList.contains('tl-bin')).length,
    };
  });
}

describe.each(['en', 'ar'] as const)('the timeline in %s', (lang) => {
  it('draws every event of the bundled corpus on its own, with no count box', async () => {
    const { page, context, consoleProblems } = await openPage(browser, `?lang=${lang}`);
    await ready(page);
    await expect.poll(async () => (await drawn(page)).events.length).toBe(corpus.events.length);
    expect((await drawn(page)).bins).toBe(0);
    await page.screenshot({ path: screenshotPath(`timeline-all-${lang}`) });
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it('navigating (wheel, keys) changes the view in the link, never the events shown', async () => {
    const { page, context, consoleProblems } = await openPage(browser, `?lang=${lang}`);
    await ready(page);
    const rows = () => page.locator('[data-event-id]').count();
    const before = await page.locator('.filter-summary, [role="status"]').first().textContent();
    await page.locator('.tl-view__frame').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL((url) => url.searchParams.has('view'));
    const url = new URL(page.url());
    expect(url.searchParams.get('from')).toBeNull();
    expect(url.searchParams.get('to')).toBeNull();
    expect(await page.locator('.filter-summary, [role="status"]').first().textContent()).toBe(
      before,
    );
    expect(await rows()).toBeGreaterThan(0);
    expect(consoleProblems).toEqual([]);
    await context.close();
  });
});

describe('odd event ids', () => {
  // Valid under today's schema: `constructor`; the others may become valid (issue 14, item 5).
  const ids = ['constructor', 'to-string', 'has-own-property', 'proto'];
  const odd: Corpus = {
    ...corpus,
    events: corpus.events.map((e, i) => (i < ids.length ? { ...e, id: ids[i]! } : e)),
  };
  const body = JSON.stringify(odd);

  it('an event called `constructor` is drawn, selected and hovered without a crash', async () => {
    const { page, context, consoleProblems } = await openPage(browser, '?lang=en', {
      setup: (c) =>
        c.route('**/data/corpus.json', (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body }),
        ),
    });
    await ready(page);
    const item = page.locator('.vis-timeline .vis-item[data-eventid="constructor"]');
    await item.waitFor();
    await item.click();
    await page.waitForURL((url) => url.searchParams.get('event') === 'constructor');
    await expect
      .poll(() => page.locator('.vis-item.vis-selected[data-eventid="constructor"]').count())
      .toBe(1);
    expect(consoleProblems).toEqual([]);
    await context.close();
  });
});
