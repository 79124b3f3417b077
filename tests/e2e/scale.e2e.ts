// A corpus of thousands of events in the browser: the timeline draws a bounded number of items
// (events one by one where there is room, "N events" bins elsewhere), every event is counted,
// and bins lead down to the events. The corpus is the benchmark's seeded synthetic one.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/lib/corpus.mjs';
import type { Corpus } from '../../src/domain/corpus/schema';
import {
  launchBrowser,
  openPage,
  screenshotPath,
  timelineSettled,
  type GuardedPage,
} from './browser';
import { DAY_MS } from '../../src/domain/dates/day-ms';

const EVENTS = 5000;
const corpus = generateCorpus(EVENTS, 20240101) as Corpus;
const body = JSON.stringify(corpus);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function open(path: string): Promise<GuardedPage> {
  const guarded = await openPage(browser, path, {
    setup: (context) =>
      context.route('**/data/corpus/index.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      ),
  });
  await guarded.page.locator('.vis-timeline .vis-item').first().waitFor({ timeout: 60_000 });
  await guarded.page.locator('main#main').waitFor();
  await timelineSettled(guarded.page);
  return guarded;
}

interface Drawn {
  events: { id: string; left: number; right: number }[];
  bins: { id: string; count: number; spoken: string; left: number; right: number }[];
  items: number;
  width: number;
}

/** What the timeline draws: events and bins with their horizontal extent in the frame. */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const frame = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left - frame.left, right: r.right - frame.left };
    };
    const all = [...document.querySelectorAll('.vis-timeline .vis-item[data-id]')];
    return {
      // An event is where its date is drawn: a point's dot (its label may run on past the
      // frame's edge), a range's bar.
      events: all
        .filter((e) => !e.getAttribute('data-id')!.startsWith('~bin:'))
        .map((e) => ({ id: e.getAttribute('data-id')!, ...box(e.querySelector('.vis-dot') ?? e) })),
      bins: all
        .filter((e) => e.classList.contains('tl-bin'))
        .map((e) => ({
          id: e.getAttribute('data-id')!,
          count: Number(e.querySelector('.tl-bin__count')!.textContent!.replace(/\D/g, '')),
          spoken: e.querySelector('.visually-hidden')!.textContent!,
          ...box(e),
        })),
      items: document.querySelectorAll('.vis-timeline .vis-item').length,
      width: frame.width,
    };
  });
}

const inView = (d: Drawn) => (x: { left: number; right: number }) =>
  x.right > 0 && x.left < d.width;

describe(`a corpus of ${String(EVENTS)} events`, () => {
  it('is drawn as a few hundred timeline items at most, with every event counted', async () => {
    const { page, context, consoleProblems, outsideRequests } = await open('?lang=en');
    const d = await drawn(page);
    // The first window is as wide as the timeline zooms out; the few events outside it are
    // within the margin drawn on each side. Each event is drawn or counted in a bin, once.
    // (Read once the timeline has settled: vis-timeline can draw an item a redraw later.)
    expect(d.events.length + d.bins.reduce((n, b) => n + b.count, 0)).toBe(EVENTS);
    expect(d.bins.length).toBeGreaterThan(0);
    expect(d.items).toBeLessThanOrEqual(300);
    expect(d.bins[0]?.spoken).toMatch(/^[\d,]+ events in \d{4}/);
    await page.screenshot({ path: screenshotPath('scale-5000-en') });
    expect(consoleProblems).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('a click on a bin zooms in to its period (in the link too), down to the events themselves', async () => {
    const { page, context, consoleProblems } = await open('?lang=en');
    for (let step = 0; step < 10; step++) {
      const d = await drawn(page);
      const bins = d.bins.filter(inView(d));
      if (bins.length === 0) break;
      const busiest = bins.reduce((a, b) => (b.count > a.count ? b : a));
      const before = page.url();
      await page.locator(`.vis-item[data-id="${busiest.id}"]`).click();
      await page.waitForURL((url) => url.href !== before);
      await timelineSettled(page);
      // The new view (navigation: the `view` key, not the `from`/`to` filter) lies within
      // the bin's period, around its events; the same bin is never shown again.
      // (The link is written throttled: wait for the settled view.)
      const periodStart = Number(busiest.id.split(':').pop());
      const viewStart = () => {
        const view = new URL(page.url()).searchParams.get('view') ?? '';
        return Date.parse(`${view.split('..')[0] ?? ''}T00:00:00Z`);
      };
      await expect.poll(viewStart).toBeGreaterThanOrEqual(periodStart - 2 * DAY_MS);
      expect(new URL(page.url()).searchParams.get('from')).toBeNull();
      await page.locator(`.vis-item[data-id="${busiest.id}"]`).waitFor({ state: 'detached' });
    }
    const d = await drawn(page);
    expect(d.bins.filter(inView(d))).toEqual([]);
    const shown = d.events.filter(inView(d));
    expect(shown.length).toBeGreaterThan(0);
    // Each event drawn in view has a date that meets the window in the link.
    const url = new URL(page.url());
    const [from = '', to = ''] = (url.searchParams.get('view') ?? '').split('..');
    const byId = new Map(corpus.events.map((e) => [e.id, e]));
    for (const { id } of shown) {
      const date = byId.get(id)!.date;
      expect(date.end >= from && date.start <= to, `${id} ${date.start}…${date.end}`).toBe(true);
    }
    await page.screenshot({ path: screenshotPath('scale-5000-zoomed') });
    expect(consoleProblems).toEqual([]);
    await context.close();
  });

  it('draws the selected event on its own among the bins, in Arabic too', async () => {
    const event = corpus.events[Math.floor(EVENTS / 2)]!;
    const { page, context, consoleProblems } = await open(`?lang=ar&event=${event.id}`);
    const item = page.locator(`.vis-timeline .vis-item[data-id="${event.id}"]`);
    await item.waitFor();
    await timelineSettled(page);
    expect(await item.getAttribute('class')).toContain('tl-selected');
    const d = await drawn(page);
    expect(d.bins.length).toBeGreaterThan(0);
    expect(d.bins.every((b) => /^\d[\d.]* (أحداث|حدثًا|حدث) في \d{4}/.test(b.spoken))).toBe(true);
    // Counted once: the selected event is not in any bin.
    expect(d.events.length + d.bins.reduce((n, b) => n + b.count, 0)).toBe(EVENTS);
    await page.screenshot({ path: screenshotPath('scale-5000-ar-selected') });
    expect(consoleProblems).toEqual([]);
    await context.close();
  });
});
