// The browser harness every browser test uses: Debian's Chromium through playwright-core,
// a fresh context per test, and guards that fail a test on a console error or warning or
// on any request that leaves localhost.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where global-setup.ts serves the build (ATHAR_E2E_PORT, default 4174). */
export const BASE_URL = `http://localhost:${String(Number(process.env.ATHAR_E2E_PORT) || 4174)}/`;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface GuardedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings seen so far. */
  consoleProblems: string[];
  /** Requests that tried to leave localhost (they are blocked). */
  outsideRequests: string[];
}

export async function openPage(
  browser: Browser,
  path = '',
  options: {
    viewport?: { width: number; height: number };
    locale?: string;
    /** Applied to the context before the page opens (routes, init scripts). */
    setup?: (context: BrowserContext) => Promise<unknown>;
  } = {},
): Promise<GuardedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 768 },
    locale: options.locale ?? 'en-GB',
    timezoneId: 'UTC',
  });
  const consoleProblems: string[] = [];
  const outsideRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.protocol === 'data:') {
      return route.continue();
    }
    outsideRequests.push(url.href);
    return route.abort();
  });
  await options.setup?.(context);
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      consoleProblems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => consoleProblems.push(`pageerror: ${err.message}`));
  await page.goto(BASE_URL + path);
  return { context, page, consoleProblems, outsideRequests };
}

/**
 * Waits until the timeline has drawn the items for the window it shows (vis-timeline draws
 * over several frames: reading it earlier can find an item missing). Call it again after
 * anything that changes the window or the events.
 */
export async function timelineSettled(page: Page): Promise<void> {
  await page.locator('.tl-view__canvas[data-settled="true"]').waitFor({ state: 'attached' });
}

/** Where screenshots go (not committed). */
export function screenshotPath(name: string): string {
  return `screenshots/${name}.png`;
}

/**
 * Chooses an event from the Events list as a user would: the list is one tab of the side
 * column (of the tab bar on a phone), so it is brought to the front first when it is not.
 */
export async function chooseEvent(page: Page, id: string): Promise<void> {
  const row = page.locator(`.event-list [data-event-id="${id}"]`);
  if (!(await row.isVisible())) {
    const phoneTab = page.locator('#phone-tab-list');
    await ((await phoneTab.isVisible()) ? phoneTab : page.locator('#tab-events')).click();
  }
  await row.click();
}
