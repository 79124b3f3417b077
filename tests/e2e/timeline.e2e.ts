// The timeline on the bundled corpus (issue 15) and with odd event ids (issue 14, item 2).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../src/domain/corpus/corpus-index';
import { filterEvents, NO_FILTER, playedFrom } from '../../src/domain/corpus/filter-events';
import type { Corpus } from '../../src/domain/corpus/schema';
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

/** Waits until the timeline has drawn the items of the window it shows. */
async function settled(page: Page): Promise<void> {
  await page.locator('.tl-view__canvas[data-settled="true"]').waitFor();
}

/** Event items wholly inside the timeline's visible frame (no scrolling), and all of them. */
function inFrame(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const items = [...document.querySelectorAll('.vis-timeline .vis-item[data-id]')].filter(
      (e) => !e.classList.contains('tl-bin'),
    );
    const inside = items.filter((e) => {
      const r = e.getBoundingClientRect();
      return (
        r.top >= frame.top - 1 &&
        r.bottom <= frame.bottom + 1 &&
        r.left >= frame.left - 1 &&
        r.right <= frame.right + 1
      );
    });
    return { inside: inside.length, drawn: items.length };
  });
}

/** The list's count line ("Showing 7 of 29 events" / "29 events"). */
function countLine(page: Page) {
  return page.locator('.filter-summary__count').textContent();
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

  // The timeline's panel grows to its stacked items (up to 52% of the stage) after its draw.
  it.each([
    [1366, 768],
    [1440, 900],
  ])('at %i×%i at least 24 events lie wholly inside the frame on first load', async (w, h) => {
    const { page, context, consoleProblems } = await openPage(browser, `?lang=${lang}`, {
      viewport: { width: w, height: h },
    });
    await ready(page);
    await settled(page);
    await expect.poll(async () => (await drawn(page)).events.length).toBe(corpus.events.length);
    await settled(page);
    // Until the layout has given the timeline its room and it is drawn at its new size.
    await expect.poll(async () => (await inFrame(page)).inside).toBeGreaterThanOrEqual(24);
    expect((await inFrame(page)).drawn).toBe(corpus.events.length);
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it('a wheel or a drag on the timeline moves the view, never the events shown', async () => {
    const { page, context, consoleProblems } = await openPage(browser, `?lang=${lang}`);
    await ready(page);
    await settled(page);
    const before = await countLine(page);
    const box = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await page.waitForURL((url) => url.searchParams.has('view'));
    const afterWheel = new URL(page.url()).searchParams.get('view');
    await page.mouse.move(box.x + box.width / 2, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + 10, { steps: 8 });
    await page.mouse.up();
    await page.waitForURL((url) => url.searchParams.get('view') !== afterWheel);
    const url = new URL(page.url());
    expect(url.searchParams.get('from')).toBeNull();
    expect(url.searchParams.get('to')).toBeNull();
    expect(await countLine(page)).toBe(before);
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it('a brush on the overview filters the list and the map, and the link keeps it', async () => {
    const { page, context, consoleProblems } = await openPage(browser, `?lang=${lang}`);
    await ready(page);
    const strip = page.locator('.tl-overview__strip');
    await strip.waitFor();
    const all = await countLine(page);
    const markers = () => page.locator('.leaflet-marker-icon').count();
    const markersBefore = await markers();
    // Brush the middle fifth of the strip (in Arabic the start edge is on the right).
    const box = (await strip.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, y, { steps: 6 });
    await page.mouse.up();
    await page.waitForURL((url) => url.searchParams.has('from') && url.searchParams.has('to'));
    const url = new URL(page.url());
    const from = url.searchParams.get('from')!;
    const to = url.searchParams.get('to')!;
    expect(from < to).toBe(true);
    await expect.poll(() => countLine(page)).not.toBe(all);
    await page.locator('.tl-overview__brush').waitFor();
    expect(await page.locator('.filter-chip').count()).toBe(1);
    expect(await markers()).toBeLessThanOrEqual(markersBefore);
    // As many events as the domain's filter keeps for those days (uncertain dates included).
    const expected = filterEvents(buildCorpusIndex(corpus), { ...NO_FILTER, from, to }).length;
    expect(expected).toBeLessThan(corpus.events.length);
    expect(await countLine(page)).toContain(String(expected));
    await page.screenshot({ path: screenshotPath(`timeline-brush-${lang}`) });
    // The same link in a fresh browser: the same filter and the same count.
    const line = await countLine(page);
    const again = await openPage(browser, `?${url.searchParams.toString()}`);
    await ready(again.page);
    await expect.poll(() => countLine(again.page)).toBe(line);
    expect(await again.page.locator('.filter-chip').count()).toBe(1);
    await again.context.close();
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it('playback runs through the corpus from the keyboard and stops at the end', async () => {
    const upToCount = (at: string) =>
      filterEvents(buildCorpusIndex(corpus), { ...NO_FILTER, at }).length;
    const { page, context, consoleProblems } = await openPage(browser, `?lang=${lang}`);
    await ready(page);
    await page.locator('.tl-playback__speed').selectOption('8');
    const play = page.locator('.tl-playback__play');
    await play.focus();
    await page.keyboard.press('Enter');
    // It stops by itself on the last event's day (an open start counts from its end), with
    // every event shown again.
    const last = corpus.events
      .map((e) => playedFrom(e.date))
      .sort()
      .at(-1)!;
    await page.waitForURL((url) => url.searchParams.get('at') === last, { timeout: 20_000 });
    await expect.poll(() => play.getAttribute('aria-label')).toMatch(/^(Play|تشغيل)/);
    await expect.poll(() => page.locator('.tl-view .vis-custom-time.tl-playhead').count()).toBe(1);
    // A step back shows fewer events: those up to the previous stop.
    await page.locator('.tl-playback__button').first().click();
    await page.waitForURL((url) => (url.searchParams.get('at') ?? last) < last);
    const at = new URL(page.url()).searchParams.get('at')!;
    const upTo = upToCount(at);
    expect(upTo).toBeLessThan(corpus.events.length);
    await expect.poll(() => countLine(page)).toContain(String(upTo));
    expect(await page.locator('.tl-playback__at').textContent()).toBeTruthy();
    await page.screenshot({ path: screenshotPath(`timeline-playback-${lang}`) });
    // Stop: every event again, and no playhead in the link.
    await page.locator('.tl-playback__stop').click();
    await page.waitForURL((url) => !url.searchParams.has('at'));
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it('the playhead passes behind the items it crosses: their labels stay legible', async () => {
    // 3 July 2020: the line runs through Akar's visit and the stack of labels beside it.
    const { page, context, consoleProblems } = await openPage(
      browser,
      `?lang=${lang}&at=2020-07-03&event=akar-visits-tripoli-2020`,
    );
    await ready(page);
    await settled(page);
    const crossings = await page.evaluate(() => {
      const line = document.querySelector<HTMLElement>('.tl-view .vis-custom-time.tl-playhead');
      if (!line) return null;
      const r = line.getBoundingClientRect();
      const x = r.left + r.width / 2;
      // It takes no pointer (so that it cannot be dragged): let hit testing see it, to read
      // what is painted on top where it crosses an item.
      line.style.pointerEvents = 'auto';
      const out: { id: string; ground: string; onTop: boolean }[] = [];
      for (const item of document.querySelectorAll<HTMLElement>('.vis-item.vis-point[data-id]')) {
        const b = item.getBoundingClientRect();
        if (b.left > x || b.right < x || b.bottom < r.top || b.top > r.bottom) continue;
        const top = document.elementFromPoint(x, b.top + b.height / 2);
        out.push({
          id: item.getAttribute('data-id') ?? '',
          ground: getComputedStyle(item).backgroundColor,
          onTop: top !== null && line.contains(top),
        });
      }
      line.style.pointerEvents = '';
      return out;
    });
    if (!crossings) throw new Error('no playhead');
    expect(crossings.length).toBeGreaterThan(0);
    for (const c of crossings) {
      expect(c.onTop, `the line over ${c.id}`).toBe(false);
      expect(c.ground, `the ground of ${c.id}`).not.toBe('rgba(0, 0, 0, 0)');
    }
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
        c.route('**/data/corpus/index.json', (route) =>
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
