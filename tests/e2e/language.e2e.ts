// Arabic as a first-class right-to-left interface, and switching language mid-exploration (issue 5).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshotPath, timelineSettled } from './browser';
import { eventById } from './corpus';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function ready(page: Page): Promise<void> {
  await page.locator('main#main').waitFor();
  await page.locator('.vis-timeline .vis-item').first().waitFor();
  await page.locator('.leaflet-marker-icon').first().waitFor();
  await timelineSettled(page);
}

/** Latin words visible on the page outside elements marked as English (lang="en"). */
async function strayLatinWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[lang]:not([lang="ar"])')) continue;
      if (parent.closest('script, style, .visually-hidden, [aria-hidden="true"]')) continue;
      const box = parent.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      for (const w of node.textContent?.match(/[A-Za-z]{2,}/g) ?? []) words.add(w);
    }
    return [...words].sort();
  });
}

describe('Arabic interface', () => {
  it('is right-to-left, mirrors the timeline and shows no stray English words', async () => {
    const { page, context, consoleProblems } = await openPage(browser, '?lang=ar');
    await ready(page);
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['ar', 'rtl']);
    // Earlier dates on the right: the November 2019 memorandum is right of the December 2021 election.
    const x = async (id: string) =>
      (await page.locator(`.vis-item[data-id="${id}"]`).boundingBox())?.x ?? NaN;
    const mou = await x('turkey-gna-military-cooperation-mou-2019');
    const election = await x('libyan-elections-2021-12-24');
    expect(mou).toBeGreaterThan(election);
    // Axis labels in Arabic month names.
    const axis = (await page.locator('.vis-time-axis .vis-text').allTextContents()).join(' ');
    expect(axis).toMatch(
      /يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر/,
    );
    expect(axis).not.toMatch(/Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec/);
    expect(await strayLatinWords(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('arabic-overview') });
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it('in English, earlier dates are on the left', async () => {
    const { page, context } = await openPage(browser, '?lang=en');
    await ready(page);
    const x = async (id: string) =>
      (await page.locator(`.vis-item[data-id="${id}"]`).boundingBox())?.x ?? NaN;
    expect(await x('turkey-gna-military-cooperation-mou-2019')).toBeLessThan(
      await x('libyan-elections-2021-12-24'),
    );
    await context.close();
  });
});

describe('switching language', () => {
  it('changes nothing but the language, both ways', async () => {
    const id = 'akar-visits-tripoli-2020';
    const { page, context, consoleProblems } = await openPage(
      browser,
      `?lang=en&event=${id}&actors=akar,guler&mode=all`,
    );
    await ready(page);
    const state = () =>
      page.evaluate(() => {
        const params = new URLSearchParams(location.search);
        params.delete('lang');
        return {
          params: params.toString(),
          detail: document.querySelector('.event-detail')?.getAttribute('data-event'),
          selectedRow: document
            .querySelector('[data-event-id][aria-current="true"]')
            ?.getAttribute('data-event-id'),
          rows: document.querySelectorAll('[data-event-id]').length,
        };
      });
    const before = await state();
    await page.getByRole('button', { name: /Arabic/ }).click();
    await page.waitForURL(/lang=ar/);
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await ready(page);
    expect(await state()).toEqual(before);
    expect(await page.locator('.event-detail h2').textContent()).toBe(eventById(id).title.ar);
    await page.screenshot({ path: screenshotPath('switched-to-arabic') });
    await page.getByRole('button', { name: /الإنجليزية/ }).click();
    await page.waitForURL(/lang=en/);
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await ready(page);
    expect(await state()).toEqual(before);
    expect(await page.locator('.event-detail h2').textContent()).toBe(eventById(id).title.en);
    expect(consoleProblems).toEqual([]);
    await context.close();
  });
});
