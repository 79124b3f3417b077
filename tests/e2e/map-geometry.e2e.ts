// The map tells the truth about geography (issue 16): every place of the bundled corpus on
// screen is under its own marker or under a cluster that holds it, at the point the link's
// view projects it to; the towns of the story are named; the first view leaves New York to a
// pointer at the map's edge.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshotPath } from './browser';
import { corpus } from './corpus';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const VIEWS = [
  { zoom: 6, lat: 33.5, lon: 16.0 },
  { zoom: 9, lat: 32.7, lon: 13.4 },
  { zoom: 11, lat: 32.89, lon: 13.23 },
];

/** Towns that must be named at these zooms wherever they are on screen. */
const TOWNS: Record<number, { en: string; ar: string; lat: number; lon: number }[]> = {
  6: [
    { en: 'Tripoli', ar: 'طرابلس', lat: 32.887, lon: 13.187 },
    { en: 'Misrata', ar: 'مصراتة', lat: 32.375, lon: 15.093 },
  ],
  9: [
    { en: 'Tripoli', ar: 'طرابلس', lat: 32.887, lon: 13.187 },
    { en: 'Tajura', ar: 'تاجوراء', lat: 32.882, lon: 13.351 },
    { en: 'Tarhuna', ar: 'ترهونة', lat: 32.435, lon: 13.633 },
    { en: 'Garabulli', ar: 'القره بوللي', lat: 32.745, lon: 13.715 },
    { en: 'Misrata', ar: 'مصراتة', lat: 32.375, lon: 15.093 },
    { en: 'Bani Walid', ar: 'بني وليد', lat: 31.746, lon: 13.984 },
  ],
  11: [{ en: 'Tajura', ar: 'تاجوراء', lat: 32.882, lon: 13.351 }],
};

/** Web Mercator, in px at `zoom` (256-px tiles). */
function project(lat: number, lon: number, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return [
    ((lon + 180) / 360) * size,
    ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * size,
  ];
}

/** Markers and names laid out: every marker has its name placed, fonts loaded. */
async function settled(page: Page): Promise<void> {
  await page.locator('.leaflet-marker-icon.athar-marker').first().waitFor();
  await page.locator('.athar-town').first().waitFor({ state: 'attached' });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.athar-marker, .athar-town:not([hidden])')].every((el) =>
      el.hasAttribute('data-label'),
    ),
  );
}

describe.each(['en', 'ar'] as const)('the map in %s', (lang) => {
  it.each(VIEWS)(
    'at $zoom/$lat/$lon draws every place on screen at its projected point',
    async ({ zoom, lat, lon }) => {
      const { page, context, consoleProblems } = await openPage(
        browser,
        `?lang=${lang}&map=${String(zoom)}/${String(lat)}/${String(lon)}`,
      );
      await settled(page);
      const box = await page.locator('.leaflet-container').boundingBox();
      if (!box) throw new Error('no map');
      const marks = await page.$$eval('.leaflet-marker-icon.athar-marker', (els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          const ids = `${el.getAttribute('data-place-id') ?? ''} ${el.getAttribute('data-place-ids') ?? ''}`;
          return { ids: ids.split(' ').filter(Boolean), r: [r.left, r.top, r.right, r.bottom] };
        }),
      );
      const [cx, cy] = project(lat, lon, zoom);
      const used = new Set(corpus.events.map((e) => e.place));
      let onScreen = 0;
      for (const place of corpus.places.filter((p) => used.has(p.id))) {
        const [px, py] = project(place.lat, place.lon, zoom);
        const x = box.x + box.width / 2 + (px - cx);
        const y = box.y + box.height / 2 + (py - cy);
        if (x < box.x || y < box.y || x > box.x + box.width || y > box.y + box.height) continue;
        onScreen += 1;
        const mine = marks.filter((m) => m.ids.includes(place.id));
        expect(mine, place.id).toHaveLength(1);
        const [left = 0, top = 0, right = 0, bottom = 0] = mine[0]?.r ?? [];
        expect(x, `${place.id} x`).toBeGreaterThanOrEqual(left - 1);
        expect(x, `${place.id} x`).toBeLessThanOrEqual(right + 1);
        expect(y, `${place.id} y`).toBeGreaterThanOrEqual(top - 1);
        expect(y, `${place.id} y`).toBeLessThanOrEqual(bottom + 1);
      }
      expect(onScreen).toBeGreaterThan(0);

      // The towns of the story on screen are named: by the basemap, or by a marker's name.
      const names = await page.$$eval(
        '.athar-town:not([hidden]):not([data-label="none"]) .athar-town__label, .athar-marker:not([data-label="none"]) .athar-marker__label',
        (els) => els.map((el) => (el.textContent ?? '').trim()),
      );
      for (const town of TOWNS[zoom] ?? []) {
        const [px, py] = project(town.lat, town.lon, zoom);
        const x = box.width / 2 + (px - cx);
        const y = box.height / 2 + (py - cy);
        if (x < 30 || y < 20 || x > box.width - 30 || y > box.height - 20) continue;
        expect(
          names.some((n) => n === town[lang] || n.startsWith(`${town[lang]} +`)),
          `${town.en} named`,
        ).toBe(true);
      }
      await page.screenshot({ path: screenshotPath(`map-z${String(zoom)}-${lang}`) });
      expect(consoleProblems).toEqual([]);
      await context.close();
    },
  );

  it('fits Libya and Turkey at first, with New York one click away at the edge', async () => {
    const { page, context } = await openPage(browser, `?lang=${lang}`);
    await settled(page);
    const placesShown = await page.$$eval('[data-place-id], [data-place-ids]', (els) =>
      els.flatMap((e) =>
        `${e.getAttribute('data-place-id') ?? ''} ${e.getAttribute('data-place-ids') ?? ''}`
          .split(' ')
          .filter(Boolean),
      ),
    );
    expect(placesShown).toEqual(expect.arrayContaining(['istanbul', 'tripoli']));
    const edge = page.locator('.athar-edge');
    await expect.poll(() => edge.count()).toBe(1);
    await edge.click();
    await page.waitForURL(/map=/);
    await page
      .locator(
        '.leaflet-marker-icon[data-place-id="un-headquarters"], .leaflet-marker-icon[data-place-ids~="un-headquarters"]',
      )
      .waitFor();
    await context.close();
  });
});
