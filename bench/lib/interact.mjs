// One measured interaction: arm the probe, act (a real click), wait until every view reflects
// it and the DOM has been quiet for 750 ms. Times are from the click event's timeStamp.
import { withTimeout } from './browser.mjs';

const TIMEOUT_MS = 60_000;

/**
 * @returns {Promise<{ ms: number, settledMs: number, views: Record<string, number>,
 *   maxTaskMs: number }>} ms: until every view reflects it; settledMs: until the last DOM change
 */
export async function interact(page, kind, params, act) {
  await withTimeout(
    page.evaluate(
      ([k, p]) => window.__bench.arm(k, { ...p, ...window.__bench.snapshot() }),
      [kind, params],
    ),
    TIMEOUT_MS,
    `${kind}: arming`,
  );
  await act();
  await page.waitForFunction(() => window.__bench.interaction.done, null, {
    timeout: TIMEOUT_MS,
    polling: 100,
  });
  const { clickAt, seen, settledAt, tasks } = await withTimeout(
    page.evaluate(() => ({
      ...window.__bench.interaction,
      tasks: window.__bench.longtasks ?? [],
    })),
    TIMEOUT_MS,
    `${kind}: reading`,
  );
  const views = Object.fromEntries(
    Object.entries(seen).map(([name, at]) => [name, Math.round(at - clickAt)]),
  );
  const during = tasks.filter((t) => t.start >= clickAt - 1 && t.start <= settledAt);
  return {
    ms: Math.max(...Object.values(views)),
    settledMs: Math.round(settledAt - clickAt),
    views,
    maxTaskMs: Math.round(Math.max(0, ...during.map((t) => t.duration))),
  };
}

/** Hovers over what will be clicked and lets hover effects settle, so they are not timed. */
export async function hoverFirst(page, locator) {
  await locator.scrollIntoViewIfNeeded({ timeout: TIMEOUT_MS });
  await locator.hover({ timeout: TIMEOUT_MS });
  await page.waitForTimeout(300);
  return locator;
}
