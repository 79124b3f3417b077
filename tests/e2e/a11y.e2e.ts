// Accessible to everyone (issue 6), in both languages: axe-core finds no WCAG 2.2 AA violation
// on the main views; the explorer works from the keyboard alone, with visible focus and
// announcements; nothing overflows a 320 px wide screen.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshotPath } from './browser';
import { eventById, eventsWithActor } from './corpus';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const EVENT = 'akar-visits-tripoli-2020';
const DOC = '003_24fb423664423354';

async function ready(page: Page): Promise<void> {
  await page.locator('main#main').waitFor();
  await page.locator('.vis-timeline .vis-item').first().waitFor();
  await page.locator('.leaflet-marker-icon').first().waitFor();
}

/** axe's violations on the page, one readable paragraph per element. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) =>
      [
        `${v.id} (${v.impact ?? 'unknown impact'}): ${v.help} — ${v.helpUrl}`,
        `  element: ${n.target.join(' ')}`,
        `  html: ${n.html.slice(0, 240)}`,
        `  ${(n.failureSummary ?? '').replace(/\n/g, '\n  ')}`,
      ].join('\n'),
    ),
  );
}

async function expectNoViolations(page: Page): Promise<void> {
  const found = await violations(page);
  // The message lists every violation readably when the test fails.
  expect(found, `axe found ${found.length} violation(s):\n\n${found.join('\n\n')}\n`).toEqual([]);
}

/** What has focus: enough to say where it is and whether its focus ring shows. */
interface Focused {
  tag: string;
  role: string | null;
  name: string;
  eventId: string | null;
  classes: string;
  inList: boolean;
  evidenceRow: boolean;
  detailHeading: boolean;
  ring: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body)
      return {
        tag: 'body',
        role: null,
        name: '',
        eventId: null,
        classes: '',
        inList: false,
        evidenceRow: false,
        detailHeading: false,
        ring: false,
      };
    const style = getComputedStyle(el);
    const badge = el.querySelector('.athar-marker__badge');
    const shadow = badge ? getComputedStyle(badge).boxShadow : style.boxShadow;
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
      eventId: el.getAttribute('data-event-id'),
      classes: typeof el.className === 'string' ? el.className : '',
      inList: !!el.closest('.event-list'),
      evidenceRow: el.hasAttribute('data-evidence-row'),
      detailHeading: el.hasAttribute('data-event-detail-heading'),
      ring:
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
        (shadow !== 'none' && shadow !== ''),
    };
  });
}

/** Presses `key` until `done` holds for what has focus (at most `max` times). */
async function pressUntil(
  page: Page,
  key: string,
  done: (f: Focused) => boolean,
  max: number,
): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (done(now)) return now;
  }
  throw new Error(
    `${key} × ${max} never reached the element; focus is on ${JSON.stringify(await focused(page))}`,
  );
}

const LABEL = {
  showInSource: { ar: 'اعرض في المصدر', en: 'Show in source' },
};

describe.each(['ar', 'en'] as const)('accessibility in %s', (lang) => {
  const title = eventById(EVENT).title[lang];

  it.each([
    ['the overview', ''],
    ['a filtered view', '&actors=akar'],
    ['a selected event', `&event=${EVENT}`],
    ['an actor’s details', '&actor=akar'],
    ['a place with its popup', '&place=tripoli'],
    ['playback within a time filter', '&from=2020-06-01&to=2020-12-31&at=2020-07-02'],
  ])('axe finds no violation on %s', async (_name, query) => {
    const { page, context } = await openPage(browser, `?lang=${lang}${query}`);
    await ready(page);
    await page.locator('.tl-overview__strip').waitFor();
    if (query.startsWith('&place')) {
      await page.locator('.athar-popup').waitFor();
      await page.screenshot({ path: screenshotPath(`a11y-place-popup-${lang}`) });
    }
    await expectNoViolations(page);
    await context.close();
  });

  it('axe finds no violation in the source reader with a mention focused', async () => {
    const { page, context } = await openPage(browser, `?lang=${lang}&doc=${DOC}`);
    await ready(page);
    await page.locator('.source-reader [data-entity="mishri"]').first().focus();
    expect((await focused(page)).classes).toContain('mention');
    await expectNoViolations(page);
    await context.close();
  });

  it('axe finds no violation on the error page', async () => {
    const { page, context } = await openPage(browser, `?lang=${lang}`);
    await context.route('**/data/corpus/index.json', (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
    );
    await page.reload();
    await page.locator('.error-page').waitFor();
    await expectNoViolations(page);
    await context.close();
  });

  it('works from the keyboard alone: list → event → detail → evidence in the source', async () => {
    const { page, context, consoleProblems } = await openPage(browser, `?lang=${lang}`);
    await ready(page);

    // The skip link leads past the header.
    let now = await pressUntil(page, 'Tab', (f) => f.classes.includes('skip-link'), 5);
    expect(now.ring).toBe(true);
    await page.screenshot({ path: screenshotPath(`a11y-skip-link-${lang}`) });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Tab to the event list (one Tab stop), then arrow down to the event.
    now = await pressUntil(page, 'Tab', (f) => f.inList && f.eventId !== null, 30);
    expect(now.ring).toBe(true);
    now = await pressUntil(page, 'ArrowDown', (f) => f.eventId === EVENT, 40);
    expect(now.ring).toBe(true);
    // The focused row is in view (the list sits in a scrolled panel).
    expect(await page.locator(`.event-list [data-event-id="${EVENT}"]`).isVisible()).toBe(true);
    expect(
      await page.evaluate((id) => {
        const row = document.querySelector(`.event-list [data-event-id="${id}"]`);
        const box = row?.getBoundingClientRect();
        const hit = box && document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return !!hit && !!row && row.contains(hit);
      }, EVENT),
    ).toBe(true);
    await page.screenshot({ path: screenshotPath(`a11y-list-row-${lang}`) });

    // Enter selects it: the URL and the detail follow, and it is said. The reading column
    // takes the list's place, so focus goes on to the detail's heading.
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`event=${EVENT}`));
    await expect.poll(() => page.locator('.event-detail h2').textContent()).toBe(title);
    await expect.poll(async () => (await focused(page)).detailHeading).toBe(true);
    now = await focused(page);
    expect(now.name).toBe(title);
    expect(now.ring).toBe(true);
    await expect
      .poll(() => page.locator('.source-reader [role="status"]').textContent())
      .toContain(title);
    await page.screenshot({ path: screenshotPath(`a11y-detail-heading-${lang}`) });

    // Tab reaches "Show in source", then the reader's marked passage.
    now = await pressUntil(page, 'Tab', (f) => f.name === LABEL.showInSource[lang], 40);
    expect(now.ring).toBe(true);
    await page.screenshot({ path: screenshotPath(`a11y-show-in-source-${lang}`) });
    now = await pressUntil(page, 'Tab', (f) => f.evidenceRow, 150);
    expect(now.role).toBe('region');
    expect(now.name).toContain(title);
    expect(now.ring).toBe(true);

    // "Show in source" moves focus to the first marked passage itself.
    await page.getByRole('button', { name: LABEL.showInSource[lang] }).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).evidenceRow).toBe(true);
    now = await focused(page);
    expect(now.role).toBe('region');
    expect(now.name).toContain(title);
    expect(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.querySelector('mark[data-evidence]') !== null;
      }),
    ).toBe(true);
    await page.screenshot({ path: screenshotPath(`a11y-evidence-passage-${lang}`) });

    // Escape in the detail closes it and gives focus back to the list row.
    await page.locator('[data-event-detail-heading]').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.event-detail').count()).toBe(0);
    expect(page.url()).not.toContain('event=');
    await expect.poll(async () => (await focused(page)).inList).toBe(true);
    now = await focused(page);
    expect(now.inList).toBe(true);
    expect(now.eventId).toBe(EVENT);
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it('the skip link is the first thing Tab reaches, and it leads to the explorer', async () => {
    const { page, context } = await openPage(browser, `?lang=${lang}`);
    await ready(page);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.classes, `the first Tab stop is ${JSON.stringify(first)}`).toContain('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('the timeline’s shortcuts select events one by one and open the detail', async () => {
    const { page, context, consoleProblems } = await openPage(browser, `?lang=${lang}`);
    await ready(page);
    const frame = page.locator('.tl-view__frame');
    await frame.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/event=/);
    const first = new URL(page.url()).searchParams.get('event') ?? '';
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBe(first);
    const second = new URL(page.url()).searchParams.get('event') ?? '';
    const secondTitle = eventById(second).title[lang];
    await expect
      .poll(() => page.locator('.tl-view [aria-live="polite"]').textContent())
      .toContain(secondTitle);
    // The selected event is drawn (and so in the window), not counted in a bin.
    await expect
      .poll(() => page.locator(`.vis-item.vis-selected[data-id="${second}"]`).count())
      .toBe(1);
    // Its item says more than the title to a screen reader: type, date and certainty.
    const item = page.locator(`.vis-item[data-id="${second}"] .tl-content`);
    expect(await item.textContent()).toContain(eventById(second).date.start.slice(0, 4));
    await page.screenshot({ path: screenshotPath(`a11y-timeline-step-${lang}`) });
    // The tooltip shown on hover goes with Escape, without moving the pointer (WCAG 1.4.13).
    await page.locator(`.vis-item[data-id="${second}"]`).hover();
    const tooltip = page.locator('.tl-view .vis-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await frame.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    const now = await focused(page);
    expect(now.detailHeading).toBe(true);
    expect(now.name).toBe(secondTitle);
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it('a map marker opens its popup with Enter; Escape closes it and focus goes back', async () => {
    // Zoomed in to Tripoli, where it has a marker of its own (farther out it is in a cluster).
    const { page, context, consoleProblems } = await openPage(
      browser,
      `?lang=${lang}&map=11/32.89/13.23`,
    );
    await ready(page);
    const marker = page.locator('.leaflet-marker-icon[data-place-id="tripoli"]');
    await marker.focus();
    const onMarker = await focused(page);
    expect(onMarker.role).toBe('button');
    expect(onMarker.name).toMatch(/\d/);
    expect(onMarker.ring).toBe(true);
    await page.screenshot({ path: screenshotPath(`a11y-marker-${lang}`) });
    await page.keyboard.press('Enter');
    await page.waitForURL(/place=tripoli/);
    await expect.poll(async () => (await focused(page)).eventId !== null).toBe(true);
    await page.screenshot({ path: screenshotPath(`a11y-popup-${lang}`) });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.athar-popup').count()).toBe(0);
    expect((await focused(page)).name).toBe(onMarker.name);
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it('a filter change is announced with what the filter is', async () => {
    const { page, context } = await openPage(browser, `?lang=${lang}`);
    await ready(page);
    await page.getByRole('tab', { name: lang === 'ar' ? 'الفاعلون' : 'Actors' }).click();
    const box = page.getByRole('checkbox', {
      name: lang === 'ar' ? 'التصفية حسب خلوصي أكار' : 'Filter by Hulusi Akar',
    });
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/actors=akar/);
    const said = () =>
      page.evaluate(() =>
        [
          ...document.querySelectorAll(
            '.filter-summary [role="status"], .filter-summary [aria-live]',
          ),
        ]
          .map((el) => el.textContent)
          .join(' '),
      );
    const count = String(eventsWithActor('akar').length);
    // The name is isolated (FSI … PDI) so that it reads in its own direction among the words.
    const name = lang === 'ar' ? 'مع \u2068خلوصي أكار\u2069' : 'with \u2068Hulusi Akar\u2069';
    await expect.poll(said).toContain(name);
    expect(await said()).toContain(count);
    await context.close();
  });

  it('honours prefers-reduced-motion: the map does not animate its zoom', async () => {
    const { page, context } = await openPage(browser, `?lang=${lang}`);
    await ready(page);
    expect(await page.locator('.leaflet-proxy').count()).toBe(1);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    await ready(page);
    expect(await page.locator('.leaflet-proxy').count()).toBe(0);
    await context.close();
  });

  it('fits a 320 px wide screen without scrolling sideways', async () => {
    for (const query of ['', `&event=${EVENT}&actors=akar`]) {
      const { page, context } = await openPage(browser, `?lang=${lang}${query}`, {
        viewport: { width: 320, height: 640 },
      });
      await page.locator('.phone__tabs').waitFor();
      // A phone shows one view at a time: each of them, in turn.
      for (const view of ['map', 'timeline', 'list', 'source']) {
        await page.locator(`#phone-tab-${view}`).click();
        await page.locator(`#phone-tab-${view}[aria-selected="true"]`).waitFor();
        if (view === 'map') await page.locator('.leaflet-container').waitFor();
        if (view === 'timeline') await page.locator('.vis-timeline').waitFor();
        if (view === 'list') await page.locator('.event-list [data-event-id]').first().waitFor();
        const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
        expect(width, `${query} ${view}`).toBeLessThanOrEqual(320);
      }
      await context.close();
    }
  });

  it('at 200% zoom (a 1366×768 screen is then 683×384) nothing scrolls sideways', async () => {
    const { page, context } = await openPage(browser, `?lang=${lang}&event=${EVENT}`, {
      viewport: { width: 683, height: 384 },
    });
    // At this size the explorer shows one view at a time; the selected event opens at its detail.
    await page.locator('.event-detail h2').waitFor();
    expect(
      await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0),
    ).toBeLessThanOrEqual(683);
    // The keyboard flow still works: the list row opens the detail.
    await page.locator('#phone-tab-list').click();
    await page.locator(`.event-list [data-event-id="${EVENT}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).detailHeading).toBe(true);
    expect(
      await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0),
    ).toBeLessThanOrEqual(683);
    await context.close();
  });
});
