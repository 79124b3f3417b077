// The stage, the reading column, the phone layout and words for people (issue 17), in both
// languages: shares of the screen, scroll regions, raw text, Latin words, label in name.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEvent, launchBrowser, openPage } from './browser';
import { generateCorpus } from '../../bench/lib/corpus.mjs';
import { eventById } from './corpus';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const EVENT = 'akar-visits-tripoli-2020';
const PHONE = { width: 390, height: 844 };

/** Share of the viewport a selector's box covers (0–1). */
function share(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel)?.getBoundingClientRect();
    if (!box) return 0;
    const w = Math.max(0, Math.min(box.right, innerWidth) - Math.max(box.left, 0));
    const h = Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
    return (w * h) / (innerWidth * innerHeight);
  }, selector);
}

/** Elements on screen that the user can scroll on their own (content larger than the box). */
function scrollRegions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
        const scrolls =
          (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
          (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1);
        return onScreen && scrolls && style.visibility !== 'hidden';
      })
      .map((el) => el.className || el.tagName),
  );
}

/** Whether an element's box is entirely inside the viewport. */
function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel)?.getBoundingClientRect();
    return (
      !!box &&
      box.height > 0 &&
      box.top >= 0 &&
      box.bottom <= innerHeight &&
      box.left >= 0 &&
      box.right <= innerWidth
    );
  }, selector);
}

/** The visible text of the page, with every "How we know" disclosure opened. */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    return document.body.innerText;
  });
}

const RAW = [/entity\(/, /\bQ\d+\b/, /\.;/, /undefined/, /NaN/, /\[object/];

function rawIn(text: string): string[] {
  return RAW.flatMap((re) => {
    const m = re.exec(text);
    return m ? [`${re}: …${text.slice(Math.max(0, m.index - 40), m.index + 40)}…`] : [];
  });
}

async function waitSettled(page: Page): Promise<void> {
  await page.locator('.explorer').waitFor();
  await page.waitForLoadState('networkidle');
}

describe.each(['en', 'ar'] as const)('layout (%s)', (lang) => {
  it('the stage at 1366×768: map ≥ 30%, timeline ≥ 20%; one reading column with the event', async () => {
    const { page, context, consoleProblems } = await openPage(
      browser,
      `?lang=${lang}&event=${EVENT}&actors=akar`,
    );
    await waitSettled(page);
    await page.locator('.vis-timeline .vis-item').first().waitFor();
    await page.locator('.leaflet-marker-icon').first().waitFor();
    expect(await share(page, '.explorer__map')).toBeGreaterThanOrEqual(0.3);
    expect(await share(page, '.explorer__timeline')).toBeGreaterThanOrEqual(0.2);
    // The selected event opens at its title, date, place and participants, in one column.
    const heading = page.getByRole('heading', { level: 2, name: eventById(EVENT).title[lang] });
    await heading.waitFor();
    await page.waitForFunction(
      () => (document.querySelector('.tabs__panel')?.scrollTop ?? -1) === 0,
    );
    expect(await inView(page, '.event-detail h2')).toBe(true);
    expect(await inView(page, '.event-detail__date')).toBe(true);
    expect(await inView(page, '.event-detail__place')).toBe(true);
    // The participants: the first of them at least.
    expect(await inView(page, '.event-detail__facts dd:last-of-type button')).toBe(true);
    expect((await scrollRegions(page)).length).toBeLessThanOrEqual(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1366);
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it('the same shares and reading column with 5,000 events, wide and on a phone', async () => {
    const big = generateCorpus(5000, 20240101) as { events: { id: string }[] };
    const body = JSON.stringify(big);
    const chosen = big.events[2500]!.id;
    const serve = (context: BrowserContext) =>
      context.route('**/data/corpus/index.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
    const wide = await openPage(browser, `?lang=${lang}&event=${chosen}`, { setup: serve });
    await wide.page.locator('.event-detail h2').waitFor({ timeout: 60_000 });
    await wide.page.locator('.vis-timeline .vis-item').first().waitFor();
    expect(await share(wide.page, '.explorer__map')).toBeGreaterThanOrEqual(0.3);
    expect(await share(wide.page, '.explorer__timeline')).toBeGreaterThanOrEqual(0.2);
    expect(await inView(wide.page, '.event-detail h2')).toBe(true);
    expect((await scrollRegions(wide.page)).length).toBeLessThanOrEqual(3);
    expect(rawIn(await visibleText(wide.page))).toEqual([]);
    await wide.context.close();
    const phone = await openPage(browser, `?lang=${lang}&event=${chosen}`, {
      viewport: PHONE,
      setup: serve,
    });
    await phone.page.locator('.event-detail h2').waitFor({ timeout: 60_000 });
    expect(await inView(phone.page, '.event-detail h2')).toBe(true);
    await phone.page.locator('#phone-tab-map').click();
    await phone.page.locator('.leaflet-marker-icon').first().waitFor();
    expect(await share(phone.page, '.explorer__map')).toBeGreaterThanOrEqual(0.6);
    await phone.page.locator('#phone-tab-timeline').click();
    await phone.page.locator('.vis-timeline .vis-item').first().waitFor();
    expect(await share(phone.page, '.explorer__timeline')).toBeGreaterThanOrEqual(0.6);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await phone.context.close();
  });

  it('a phone at 390×844: a tab bar; each view fills the screen; a chosen event in view', async () => {
    const { page, context } = await openPage(browser, `?lang=${lang}`, { viewport: PHONE });
    await waitSettled(page);
    const tabs = page.locator('.phone__tabs [role="tab"] .phone__tab-label');
    expect(await tabs.allInnerTexts()).toEqual(
      lang === 'ar'
        ? ['الخريطة', 'الخط الزمني', 'الأحداث', 'المصدر']
        : ['Map', 'Timeline', 'Events', 'Source'],
    );
    expect(await inView(page, '.phone__tabs')).toBe(true);
    // The map first; the timeline one tap away; each fills the screen between bars.
    await page.locator('.leaflet-marker-icon').first().waitFor();
    expect(await share(page, '.explorer__map')).toBeGreaterThanOrEqual(0.6);
    await page.locator('#phone-tab-timeline').click();
    await page.locator('.vis-timeline .vis-item').first().waitFor();
    expect(await share(page, '.explorer__timeline')).toBeGreaterThanOrEqual(0.6);
    // Events: choose one, and its detail is in view.
    await page.locator('#phone-tab-list').click();
    await chooseEvent(page, EVENT);
    await page.locator('.event-detail h2').waitFor();
    expect(await inView(page, '.event-detail h2')).toBe(true);
    expect(await page.locator('#phone-tab-source').getAttribute('aria-selected')).toBe('true');
    for (const view of ['map', 'timeline', 'list', 'source']) {
      await page.locator(`#phone-tab-${view}`).click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    }
    await context.close();
  });

  it('no raw curation text or template slip on any view', async () => {
    const seen: string[] = [];
    const visit = async (path: string, viewport?: { width: number; height: number }) => {
      const { page, context } = await openPage(browser, path, viewport ? { viewport } : {});
      await waitSettled(page);
      return { page, context };
    };
    // Wide: every tab of the side column, an event, a place.
    {
      const { page, context } = await visit(`?lang=${lang}&event=${EVENT}`);
      seen.push(...rawIn(await visibleText(page)));
      for (const tab of ['events', 'actors', 'network']) {
        await page.locator(`#tab-${tab}`).click();
        seen.push(...rawIn(await visibleText(page)));
      }
      await context.close();
    }
    for (const place of ['tripoli', 'istanbul', 'libya', 'mitiga-airport']) {
      const { page, context } = await visit(`?lang=${lang}&place=${place}`);
      await page.locator('.place-card').waitFor();
      seen.push(...rawIn(await visibleText(page)));
      await context.close();
    }
    // Phone: every view.
    {
      const { page, context } = await visit(`?lang=${lang}&event=${EVENT}`, PHONE);
      for (const view of ['map', 'timeline', 'list', 'source']) {
        await page.locator(`#phone-tab-${view}`).click();
        seen.push(...rawIn(await visibleText(page)));
      }
      await context.close();
    }
    expect(seen).toEqual([]);
  });

  it('every control with visible text has it in its accessible name (WCAG 2.5.3)', async () => {
    const { page, context } = await openPage(browser, `?lang=${lang}&event=${EVENT}`);
    await waitSettled(page);
    await page.locator('.event-detail h2').waitFor();
    const mismatches = await page.evaluate(() => {
      // Joiners (ZWJ, ZWNJ) are invisible; each visible word must be in the name.
      const norm = (s: string) =>
        s
          .replace(/[\u200c\u200d]/g, '')
          .replace(/\s+/g, ' ')
          .trim()
          .toLowerCase();
      const controls = document.querySelectorAll<HTMLElement>(
        'button, a[href], [role="tab"], [role="button"], [role="link"], summary, label',
      );
      const out: string[] = [];
      for (const el of controls) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const visible = norm(el.innerText);
        // Symbols (×, +, −) are not words a voice user says.
        if (!/\p{L}/u.test(visible)) continue;
        const labelledBy = el.getAttribute('aria-labelledby');
        const name = labelledBy
          ? labelledBy
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' ')
          : el.getAttribute('aria-label');
        const said = name === null ? null : norm(name);
        // A bare count ("1" on a marker) may be said in words in the name ("one event").
        const words = visible.split(' ').filter((word) => !/^\d+$/.test(word));
        if (said !== null && !words.every((word) => said.includes(word)))
          out.push(`${visible} ≠ ${name}`);
      }
      return out;
    });
    expect(mismatches).toEqual([]);
    await context.close();
  });
});

it('Arabic with the defaults: at most 5% of the visible words are Latin', async () => {
  const { page, context } = await openPage(browser, `?lang=ar&event=${EVENT}&actors=akar`);
  await waitSettled(page);
  await page.locator('.event-detail h2').waitFor();
  await page.locator('.source-row').first().waitFor();
  const { words, latin } = await page.evaluate(() => {
    // The whole reading column counts, scrolled or not; elsewhere what is on screen.
    const text = document.body.innerText;
    const all = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    return { words: all.length, latin: all.filter((w) => /[A-Za-z]/.test(w)).length };
  });
  expect(latin / words).toBeLessThanOrEqual(0.05);
  await context.close();
});
