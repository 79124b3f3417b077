// The linked explorer, as a new user tries it (issue 4), in both languages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_URL,
  chooseEvent,
  launchBrowser,
  openPage,
  screenshotPath,
  timelineSettled,
} from './browser';
import { actorName, corpus, eventById, eventsWithActor } from './corpus';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const LABEL = {
  actorsTab: { ar: 'الفاعلون', en: 'Actors' },
  filterBy: { ar: 'التصفية حسب', en: 'Filter by' },
};

async function ready(page: Page): Promise<void> {
  await page.locator('main#main').waitFor();
  await page.locator('.vis-timeline .vis-item').first().waitFor();
  await page.locator('.leaflet-marker-icon').first().waitFor();
  await timelineSettled(page);
}

/** Ids of the events the list shows (it is windowed: scroll through it). */
async function listedEventIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const seen = new Set<string>();
    const row = document.querySelector('[data-event-id]');
    let box = row?.parentElement ?? null;
    while (box && box.scrollHeight <= box.clientHeight + 1 && box !== document.body)
      box = box.parentElement;
    for (let y = 0; ; y += 200) {
      if (box) box.scrollTop = y;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      document
        .querySelectorAll('[data-event-id]')
        .forEach((el) => seen.add(el.getAttribute('data-event-id') ?? ''));
      if (!box || y > box.scrollHeight) break;
    }
    return [...seen].sort();
  });
}

/** The places the map draws: each by its own marker or inside a cluster's. */
async function markerPlaces(page: Page): Promise<string[]> {
  return page.$$eval('[data-place-id], [data-place-ids]', (els) =>
    [
      ...new Set(
        els.flatMap((e) => [
          ...(e.getAttribute('data-place-id') ?? '').split(' '),
          ...(e.getAttribute('data-place-ids') ?? '').split(' '),
        ]),
      ),
    ]
      .filter(Boolean)
      .sort(),
  );
}

describe.each(['en', 'ar'] as const)('the explorer in %s', (lang) => {
  it('filters by an actor in every view, and the filter survives a reload', async () => {
    const { page, context, consoleProblems, outsideRequests } = await openPage(
      browser,
      `?lang=${lang}`,
    );
    await ready(page);
    await page.getByRole('tab', { name: LABEL.actorsTab[lang] }).click();
    await page
      .getByRole('checkbox', { name: `${LABEL.filterBy[lang]} ${actorName('akar', lang)}` })
      .click();
    await page.waitForURL(/actors=akar/);

    const expected = eventsWithActor('akar');
    const expectedPlaces = [
      ...new Set(expected.map((e) => e.place).filter((p) => p !== null)),
    ].sort();
    const check = async () => {
      await page.getByRole('tab', { name: lang === 'ar' ? 'الأحداث' : 'Events' }).click();
      expect(await listedEventIds(page)).toEqual(expected.map((e) => e.id).sort());
      // The map keeps only the places of those events: New York goes.
      expect(await markerPlaces(page)).toEqual(expectedPlaces);
      // The timeline shows those events only: one by one, or counted in a bin ("~bin:…").
      await timelineSettled(page);
      const items = await page.$$eval('.vis-timeline .vis-item[data-id]', (els) =>
        els.map((e) => e.getAttribute('data-id') ?? ''),
      );
      const events = items.filter((id) => !id.startsWith('~bin:'));
      const binned = await page.$$eval('.vis-timeline .vis-item.tl-bin .tl-bin__count', (els) =>
        els.map((e) => Number((e.textContent ?? '').replace(/\D/g, ''))),
      );
      expect(events.length).toBeGreaterThan(0);
      for (const id of events) expect(expected.map((e) => e.id)).toContain(id);
      expect(events.length + binned.reduce((a, b) => a + b, 0)).toBe(expected.length);
    };
    await check();
    await page.screenshot({ path: screenshotPath(`filter-akar-${lang}`) });
    await page.reload();
    await ready(page);
    await check();
    expect(consoleProblems).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('selecting an event on the timeline highlights its marker and shows its evidence in the source', async () => {
    // A window of a few days, so that the events of 3 July are not in a bin.
    const { page, context, consoleProblems } = await openPage(
      browser,
      `?lang=${lang}&from=2020-06-28&to=2020-07-08`,
    );
    await ready(page);
    const event = eventById('akar-visits-tripoli-2020');
    await page.locator(`.vis-timeline .vis-item[data-id="${event.id}"]`).click();
    await page.waitForURL(new RegExp(`event=${event.id}`));
    await expect
      .poll(() => page.locator('[data-place-id="tripoli"][data-state="selected"]').count())
      .toBeGreaterThan(0);
    const evidence = page.locator('.source-reader mark[data-evidence]').first();
    await evidence.waitFor();
    // Every marked passage is one of the event's evidence quotes (or part of one).
    const quotes = event.evidence.map((span) => {
      const doc = corpus.documents.find((d) => d.id === span.document)!;
      return doc.text.slice(span.start, span.end);
    });
    const marked = await page.$$eval('.source-reader mark[data-evidence]', (els) =>
      els.map((e) => (e.textContent ?? '').replace(/[\u200c\u200d]/g, '')),
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const m of marked) expect(quotes.some((q) => q.includes(m))).toBe(true);
    await expect.poll(() => evidence.isVisible()).toBe(true);
    // The event detail names the date in words with the text's own words.
    await expect.poll(() => page.locator('.event-detail').textContent()).toContain('يوم الجمعة');
    await page.screenshot({ path: screenshotPath(`select-event-${lang}`) });
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it('clicking a mention in the source selects that actor', async () => {
    const { page, context, consoleProblems } = await openPage(
      browser,
      `?lang=${lang}&doc=003_24fb423664423354`,
    );
    await ready(page);
    await page.locator('.source-reader [data-entity="mishri"]').first().click();
    await page.waitForURL(/actor=mishri/);
    await expect
      .poll(() => page.getByRole('heading', { name: actorName('mishri', lang) }).count())
      .toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath(`mention-${lang}`) });
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it('Back and Forward step through selections', async () => {
    const { page, context } = await openPage(browser, `?lang=${lang}`);
    await ready(page);
    const [a, b] = ['akar-visits-tripoli-2020', 'un-briefing-dujarric-on-libya'];
    await chooseEvent(page, a);
    await page.waitForURL(new RegExp(`event=${a}`));
    await chooseEvent(page, b);
    await page.waitForURL(new RegExp(`event=${b}`));
    await page.goBack();
    await page.waitForURL(new RegExp(`event=${a}`));
    await expect.poll(() => page.locator('.event-detail').getAttribute('data-event')).toBe(a);
    await page.goForward();
    await expect.poll(() => page.locator('.event-detail').getAttribute('data-event')).toBe(b);
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.locator('.event-detail').count()).toBe(0);
    await context.close();
  });

  it('Copy link gives a link that opens the same view in a new browser, on a phone too', async () => {
    const first = await openPage(browser, `?lang=${lang}&actors=akar`);
    await ready(first.page);
    await first.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // As a new user: pick the visit to Tripoli from the list, then copy the link.
    await chooseEvent(first.page, 'akar-visits-tripoli-2020');
    await first.page.waitForURL(/event=akar-visits-tripoli-2020/);
    await first.page
      .getByRole('button', { name: lang === 'ar' ? 'انسخ الرابط' : 'Copy link' })
      .click();
    await expect
      .poll(() =>
        first.page
          .getByRole('status')
          .filter({ hasText: lang === 'ar' ? 'نُسخ الرابط' : 'Link copied' })
          .count(),
      )
      .toBe(1);
    const link = await first.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(first.page.url());
    const describe = (page: Page) =>
      page.evaluate(() => ({
        dir: document.documentElement.dir,
        detail: document.querySelector('.event-detail h2')?.textContent,
        chips: document.querySelector('.filter-summary')?.textContent,
        evidence: document.querySelector('.source-reader mark[data-evidence]')?.textContent,
      }));
    // The list is a tab beside the reading column (on a phone, a view of its own): the row
    // marked as selected is there.
    const selectedRow = async (page: Page) => {
      const phoneTab = page.locator('#phone-tab-list');
      await ((await phoneTab.isVisible()) ? phoneTab : page.locator('#tab-events')).click();
      const row = page.locator('.event-list [data-event-id][aria-current="true"]');
      await row.first().waitFor();
      return row.getAttribute('data-event-id');
    };
    // The reading column has drawn the evidence (its rows are windowed, drawn after the detail).
    await first.page.locator('.source-reader mark[data-evidence]').first().waitFor();
    const seen = await describe(first.page);
    const seenRow = await selectedRow(first.page);
    await first.page.screenshot({ path: screenshotPath(`copy-link-${lang}`) });
    await first.context.close();
    const second = await openPage(browser, link.slice(BASE_URL.length), {
      viewport: { width: 390, height: 844 },
      locale: 'fr-FR',
    });
    // A phone opens the link at the event's detail (the map and timeline are a tap away).
    await second.page.locator('.event-detail h2').waitFor();
    await second.page.locator('.source-reader mark[data-evidence]').first().waitFor();
    expect(await describe(second.page)).toEqual(seen);
    expect(seen.detail).toBe(eventById('akar-visits-tripoli-2020').title[lang]);
    expect(seenRow).toBe('akar-visits-tripoli-2020');
    expect(seen.chips).toContain(actorName('akar', lang));
    await second.page.screenshot({
      path: screenshotPath(`deep-link-phone-${lang}`),
      fullPage: true,
    });
    expect(second.page.url()).toBe(link);
    expect(await selectedRow(second.page)).toBe('akar-visits-tripoli-2020');
    expect(second.consoleProblems).toEqual([]);
    await second.context.close();
  });
});
