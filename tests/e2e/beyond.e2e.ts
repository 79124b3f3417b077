// Search, corroboration, uncertainty, export, who-meets-whom and the printable card (issue 9),
// in both languages.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshotPath } from './browser';
import { actorName, corpus, eventsWithActor } from './corpus';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function ready(page: Page): Promise<void> {
  await page.locator('main#main').waitFor();
  await page.locator('.vis-timeline').waitFor();
}

const count = (page: Page) => page.locator('.explorer__count').textContent();

describe.each(['en', 'ar'] as const)('beyond the peers in %s', (lang) => {
  it('search finds أكار typed without hamza, and النمروش with a clitic, highlighted and in the URL', async () => {
    const { page, context, consoleProblems } = await openPage(browser, `?lang=${lang}`);
    await ready(page);
    await page.locator('#search').fill('اكار');
    await page.waitForURL((url) => url.searchParams.get('q') === 'اكار');
    await expect.poll(() => count(page)).toContain(String(eventsWithActor('akar').length));
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(marks).toContain('أكار');
    expect(marks).toContain('آكار');
    await page.screenshot({ path: screenshotPath(`search-${lang}`) });
    await page.locator('#search').fill('والنمروش');
    await page.waitForURL((url) => url.searchParams.get('q') === 'والنمروش');
    await expect.poll(() => count(page)).toContain(String(eventsWithActor('namroush').length));
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it('an event reported by two documents shows both passages and how each dates it', async () => {
    const id = 'turkey-gna-military-cooperation-mou-2019';
    const { page, context } = await openPage(browser, `?lang=${lang}&event=${id}`);
    await ready(page);
    const versions = page.locator('.event-detail__versions li');
    await expect.poll(() => versions.count()).toBe(2);
    expect(
      await versions.evaluateAll((els) => els.map((e) => e.getAttribute('data-agrees'))),
    ).toEqual(['true', 'true']);
    const text = (await versions.allTextContents()).join(' ');
    expect(text).toContain('نوفمبر 2019');
    expect(text).toContain('نوفمبر/تشرين الثاني الماضي');
    for (const doc of corpus.documents) expect(text).toContain(doc.title[lang]);
    await context.close();
  });

  it('the time window can include or leave out events that only possibly fall inside it', async () => {
    const { page, context } = await openPage(
      browser,
      `?lang=${lang}&from=2020-07-01&to=2020-07-31`,
    );
    await ready(page);
    const withPossible = await count(page);
    await page
      .getByRole('checkbox', {
        name: lang === 'ar' ? /اشمل الأحداث التي قد تقع/ : /Include events that only may fall/,
      })
      .click();
    await page.waitForURL(/possible=0/);
    await expect.poll(() => count(page)).not.toBe(withPossible);
    // Every event left is certainly inside July 2020.
    const rows = await page.$$eval('[data-event-id]', (els) =>
      els.map((e) => e.getAttribute('data-event-id')),
    );
    for (const id of rows) {
      const event = corpus.events.find((e) => e.id === id)!;
      expect(
        event.date.start >= '2020-07-01' && event.date.end <= '2020-07-31' && !event.date.openStart,
        id!,
      ).toBe(true);
    }
    await context.close();
  });

  it('exports the events on screen as CSV, naming the source and the link to the view', async () => {
    const { page, context } = await openPage(browser, `?lang=${lang}&actors=akar`);
    await ready(page);
    await page
      .getByRole('button', { name: lang === 'ar' ? /تصدير/ : /Export/ })
      .first()
      .click();
    const download = page.waitForEvent('download');
    await page
      .getByRole('menuitem', { name: /CSV/ })
      .or(page.getByRole('button', { name: /CSV/ }))
      .first()
      .click();
    const file = await download;
    const csv = readFileSync((await file.path())!, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^\uFEFF?id,type,title,/);
    for (const event of eventsWithActor('akar')) expect(csv).toContain(event.id);
    expect(csv).toContain(page.url());
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    await context.close();
  });

  it('who meets whom: the network links to the other views', async () => {
    const { page, context } = await openPage(browser, `?lang=${lang}`);
    await ready(page);
    await page
      .getByRole('tab', { name: lang === 'ar' ? 'من يلتقي بمن' : 'Who meets whom' })
      .click();
    // A node's accessible name is "Name: n events, m partners".
    const akar = page.getByRole('button', { name: new RegExp(`^${actorName('akar', lang)}:`) });
    await akar.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/actor=akar/);
    await page.screenshot({ path: screenshotPath(`network-${lang}`) });
    await context.close();
  });

  it('prints an event card: the event, its quotes and translations, and the link', async () => {
    const { page, context } = await openPage(
      browser,
      `?lang=${lang}&event=akar-visits-tripoli-2020`,
    );
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.explorer__side').isVisible()).toBe(false);
    expect(await page.locator('.explorer__map').isVisible()).toBe(false);
    expect(await page.locator('.event-detail h2').isVisible()).toBe(true);
    // The card says where it comes from: the corpus, the date and the link of the view.
    expect((await page.locator('.print-only').allTextContents()).join(' ')).toContain(page.url());
    await page.screenshot({ path: screenshotPath(`print-${lang}`), fullPage: true });
    await context.close();
  });
});
