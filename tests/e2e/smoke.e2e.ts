import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshotPath } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe.each(['ar', 'en'] as const)('the app in %s', (lang) => {
  it('loads the corpus with no console problem and no request leaving localhost', async () => {
    const { page, context, consoleProblems, outsideRequests } = await openPage(
      browser,
      `?lang=${lang}`,
    );
    await page
      .getByRole('heading', { level: 2, name: lang === 'ar' ? /حدثًا|أحداث|حدث/ : /events/ })
      .waitFor();
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual([lang, lang === 'ar' ? 'rtl' : 'ltr']);
    // The timeline and the map are drawn.
    await page.locator('.vis-timeline .vis-item').first().waitFor();
    await page.locator('.leaflet-marker-icon').first().waitFor();
    await page.screenshot({ path: screenshotPath(`smoke-${lang}`) });
    expect(consoleProblems).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
