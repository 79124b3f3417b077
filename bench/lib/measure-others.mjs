// The two references, on the same corpus and server: the floor (fetch + JSON.parse of the
// corpus, nothing else) and TimelineJS3 given the same events (until its first slide and
// its timenav markers are drawn), capped so that a hang is recorded as a timeout.
import { newPage, withTimeout } from './browser.mjs';

export async function measureFloor(browser, url) {
  const { page, close } = await newPage(browser, {});
  try {
    await page.goto(`${url}bench/floor.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__floor, null, { timeout: 60_000, polling: 50 });
    const floor = await withTimeout(
      page.evaluate(() => window.__floor),
      60_000,
      'floor',
    );
    if (floor.error) return { floorMs: null, fetchMs: null, error: floor.error };
    return { floorMs: Math.round(floor.parsedAt), fetchMs: Math.round(floor.fetchedAt) };
  } catch (err) {
    return { floorMs: null, fetchMs: null, error: String(err.message ?? err).split('\n')[0] };
  } finally {
    await close();
  }
}

export async function measureTimelineJs(browser, url, capMs) {
  const selectors = { marker: '.tl-timenav .tl-timemarker', slide: '.tl-storyslider .tl-slide' };
  const { page, outside, close } = await newPage(browser, selectors);
  try {
    await page.goto(`${url}bench/timelinejs.html`, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(
        () =>
          window.__tl?.error ||
          (window.__tl?.loadedAt && window.__bench.loaded.marker && window.__bench.loaded.slide),
        null,
        { timeout: capMs, polling: 100 },
      );
    } catch {
      return { timeout: true, capMs };
    }
    const { tl, loaded } = await page.evaluate(() => ({
      tl: window.__tl,
      loaded: window.__bench.loaded,
    }));
    if (tl.error) return { error: tl.error };
    return {
      readyMs: Math.round(Math.max(tl.loadedAt, loaded.marker, loaded.slide)),
      outsideRequests: outside.length,
    };
  } finally {
    await close();
  }
}
