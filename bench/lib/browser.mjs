// Debian's Chromium through playwright-core, one fresh context (empty cache) per run, every
// request outside localhost blocked, and the in-page probe (probe.js) injected first.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

export function launchBrowser() {
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
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
}

/** What the diagnostic run serves instead of the app's timeline chunk: a view that draws nothing. */
const TIMELINE_STUB = 'const TimelineView = () => null;\nexport { TimelineView };\n';

/**
 * A new context and page, with the probe watching `selectors` ({ name: css }) from the first
 * frame; `onReport` receives what the probe reports as it happens. `outside` collects requests
 * that tried to leave localhost. With `noTimeline`, the app's TimelineView chunk is replaced by
 * a stub (a diagnostic: what the other views cost without vis-timeline).
 */
export async function newPage(
  browser,
  selectors,
  { onReport = () => {}, noTimeline = false } = {},
) {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  const outside = [];
  await context.route('**/*', (route) => {
    const { hostname, protocol, pathname } = new URL(route.request().url());
    if (noTimeline && /\/assets\/TimelineView-[^/]+\.js$/.test(pathname))
      return route.fulfill({ contentType: 'text/javascript', body: TIMELINE_STUB });
    if (hostname === 'localhost' || hostname === '127.0.0.1' || protocol === 'data:')
      return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  await context.exposeBinding('__benchReport', (_source, message) => onReport(message));
  await context.addInitScript({
    content: `window.__BENCH_LOAD = ${JSON.stringify(selectors)};\n${PROBE}`,
  });
  const before = await rendererPids(browser);
  const page = await context.newPage();
  /** Closes the context; when a page hangs so that it cannot close, ends its renderer. */
  const close = async () => {
    try {
      await withTimeout(context.close(), 10_000, 'closing the page');
    } catch {
      const pids = (await rendererPids(browser)).filter((pid) => !before.includes(pid));
      for (const pid of pids) process.kill(pid, 'SIGKILL');
      await withTimeout(context.close(), 10_000, 'closing the page').catch(() => {});
    }
  };
  return { context, page, outside, close };
}

/** The process ids of the browser's renderers (to end only this page's when it hangs). */
async function rendererPids(browser) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  } finally {
    await cdp.detach();
  }
}

/** JS heap in use after a full garbage collection, in MB (Chrome DevTools Protocol). */
export async function heapAfterGc(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return +(usedSize / 1024 / 1024).toFixed(1);
}

/** Rejects when `promise` takes longer than `ms` (a blocked page never answers evaluate()). */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
