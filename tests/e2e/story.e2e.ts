// Guided stories (issue 18), in both languages, wide and on a phone: every step of the bundled
// story is a link that reopens the same step; a story written in the browser survives a reload,
// exports and re-imports identically; a damaged story file is refused naming the step; axe finds
// nothing while a story plays; the keyboard alone walks a story.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser';
import { corpus } from './corpus';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const story = corpus.stories?.[0];
const WORDS = {
  en: {
    header: 'Menu',
    menu: 'Stories',
    start: 'Start the story',
    next: 'Next step',
    exit: 'Explore from here',
  },
  ar: {
    header: 'القائمة',
    menu: 'القصص',
    start: 'ابدأ القصة',
    next: 'الخطوة التالية',
    exit: 'استكشف من هنا',
  },
} as const;
const SIZES = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];

/**
 * The explorer is drawn: the corpus is in, and the map is up or (on a phone, with an event
 * selected) the event's detail is in front.
 */
async function ready(page: Page): Promise<void> {
  await page.locator('main#main').waitFor();
  await page.locator('.leaflet-container, .event-detail').first().waitFor();
}

/** On a phone the header's actions are behind its Menu button: open it first. */
async function openHeaderMenu(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('button', { name, exact: true });
  if (await menu.isVisible()) await menu.click();
}

/** What a step shows: its caption, counter, selected event and the map view in the link. */
async function shown(page: Page) {
  const url = new URL(page.url());
  return {
    caption: (await page.locator('.story-bar__caption').textContent())?.trim(),
    count: (await page.locator('.story-bar__count').textContent())?.trim(),
    event: url.searchParams.get('event'),
    map: url.searchParams.get('map'),
    step: url.searchParams.get('step'),
    detail: await page
      .locator('.event-detail')
      .getAttribute('data-event')
      .catch(() => null),
  };
}

describe.each(['en', 'ar'] as const)('stories (%s)', (lang) => {
  const words = WORDS[lang];

  it.each(SIZES)(
    'walks every step of the bundled story; each step’s link reopens it ($width px)',
    async (viewport) => {
      expect(story, 'the bundled corpus has a story').toBeDefined();
      if (!story) return;
      const { context, page, consoleProblems, outsideRequests } = await openPage(
        browser,
        `?lang=${lang}`,
        { viewport },
      );
      await ready(page);
      await openHeaderMenu(page, words.header);
      await page.getByRole('button', { name: words.menu, exact: true }).click();
      await page.getByRole('button', { name: words.start }).first().click();
      const links: string[] = [];
      for (let step = 1; step <= story.steps.length; step++) {
        await page.waitForURL(new RegExp(`[?&]step=${String(step)}(&|$)`));
        const caption = story.steps[step - 1]!.caption[lang];
        await expect.poll(() => page.locator('.story-bar__caption').textContent()).toBe(caption);
        links.push(page.url());
        if (step < story.steps.length)
          await page.getByRole('button', { name: words.next, exact: true }).click();
      }
      expect(new Set(links).size).toBe(story.steps.length);
      await expect(
        page.getByRole('button', { name: words.next, exact: true }).isDisabled(),
      ).resolves.toBe(true);
      expect(consoleProblems).toEqual([]);
      expect(outsideRequests).toEqual([]);
      await context.close();

      // A recipient opens a step's link in a fresh browser and sees the same step.
      for (const step of [1, Math.ceil(story.steps.length / 2), story.steps.length]) {
        const link = links[step - 1]!;
        const fresh = await openPage(browser, link.slice(link.indexOf('?')), { viewport });
        await ready(fresh.page);
        await expect
          .poll(() => fresh.page.locator('.story-bar__caption').textContent())
          .toBe(story.steps[step - 1]!.caption[lang]);
        const seen = await shown(fresh.page);
        const want = new URL(link);
        expect(seen.step).toBe(String(step));
        expect(seen.event).toBe(want.searchParams.get('event'));
        expect(seen.map).toBe(want.searchParams.get('map'));
        if (seen.event) {
          await expect
            .poll(() => fresh.page.locator('.event-detail').getAttribute('data-event'))
            .toBe(seen.event);
        }
        await fresh.context.close();
      }
    },
  );

  it('plays from the keyboard alone, with no axe violation, and leaves at the current view', async () => {
    if (!story) return;
    const { context, page } = await openPage(browser, `?lang=${lang}&story=${story.id}&step=1`, {
      viewport: SIZES[0],
    });
    await ready(page);
    // A link naming only the step opens the step's view.
    await page.waitForURL(/[?&]event=/);
    await page.locator('.story-bar').waitFor();
    const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    const next = page.getByRole('button', { name: words.next, exact: true });
    await next.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]step=2(&|$)/);
    // The arrow along the script steps on; the other one steps back.
    await page.locator('body').focus();
    await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
    await page.waitForURL(/[?&]step=3(&|$)/);
    await page.keyboard.press(lang === 'ar' ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForURL(/[?&]step=2(&|$)/);
    const before = new URL(page.url()).searchParams.get('event');
    await page.getByRole('button', { name: words.exit }).click();
    await page.waitForURL((url) => !url.searchParams.has('story'));
    expect(new URL(page.url()).searchParams.get('event')).toBe(before);
    await expect.poll(() => page.locator('.story-bar').count()).toBe(0);
    await context.close();
  });
});

describe('a story written in the browser', () => {
  it('survives a reload, exports, and re-imports identically; a damaged file names the step', async () => {
    const { context, page } = await openPage(browser, '?lang=en&event=akar-visits-tripoli-2020', {
      viewport: SIZES[0],
    });
    await ready(page);
    const menu = page.getByRole('button', { name: 'Stories', exact: true });
    await menu.click();
    await page.getByRole('button', { name: 'Add this view to your story' }).click();
    await page.getByRole('status').filter({ hasText: 'Your story has 1 step.' }).waitFor();
    await page.getByRole('button', { name: 'Edit your story' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit your story' });
    await editor.getByLabel('Caption in Arabic (1)').fill('زار أكار طرابلس.');
    await editor.getByLabel('Caption in English (1)').fill('Akar visited Tripoli.');

    await page.reload();
    await ready(page);
    await page.getByRole('button', { name: 'Stories', exact: true }).click();
    await page.getByRole('button', { name: 'Edit your story' }).click();
    await expect(editor.getByLabel('Caption in English (1)').inputValue()).resolves.toBe(
      'Akar visited Tripoli.',
    );

    const download = page.waitForEvent('download');
    await editor.getByRole('button', { name: 'Export as a story file' }).click();
    const path = await (await download).path();
    const exported = JSON.parse(readFileSync(path, 'utf8')) as {
      steps: { view: Record<string, string>; caption: { en: string } }[];
    };
    expect(exported.steps).toEqual([
      {
        view: { event: 'akar-visits-tripoli-2020' },
        caption: { ar: 'زار أكار طرابلس.', en: 'Akar visited Tripoli.' },
      },
    ]);

    // Delete the step, then import the file back: the same story returns.
    await editor.getByRole('button', { name: 'Delete step 1' }).click();
    await editor.getByText('Your story has no steps yet.').waitFor();
    await editor.locator('input[type=file]').setInputFiles(path);
    await expect
      .poll(() => editor.getByLabel('Caption in English (1)').inputValue())
      .toBe('Akar visited Tripoli.');

    // A damaged file: a step naming an event the corpus does not have.
    const damaged = {
      ...exported,
      steps: [
        exported.steps[0],
        { view: { event: 'no-such-event' }, caption: { ar: 'ب', en: 'b' } },
      ],
    };
    await editor.locator('input[type=file]').setInputFiles({
      name: 'damaged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(damaged)),
    });
    await expect
      .poll(() => editor.getByRole('alert').textContent())
      .toContain('Step 2 of this story cannot be shown');
    await context.close();
  });
});
