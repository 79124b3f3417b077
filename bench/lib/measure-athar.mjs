// One benchmark run of Athar on the corpus being served: load until every view is ready (and
// the first paint of the app shell, the browser's first contentful paint), the quiet time
// after it (long tasks), the heap, then real clicks: select an event in the list, tick an
// actor's filter box and untick it (Actors tab; the 10th busiest actor, then the busiest),
// switch to Arabic; last, a drag of the map with the mouse (the longest task and the longest
// frame while panning).
// A load that does not finish within loadCapMs is recorded as a timeout with what did appear.
import { heapAfterGc, newPage, withTimeout } from './browser.mjs';
import { hoverFirst, interact } from './interact.mjs';

const SELECTORS = {
  list: '[data-event-id]',
  timeline: '.vis-timeline .vis-item',
  map: '.leaflet-marker-icon',
};
/** How long the page is left alone after ready to catch long tasks. */
const IDLE_MS = 2000;
const STEP_MS = 60_000;

function loadWatcher(names) {
  const loaded = {};
  let done;
  const ready = new Promise((resolve) => {
    done = resolve;
  });
  const onReport = (message) => {
    if (message?.kind === 'paint' && message.name === 'first-contentful-paint')
      loaded.firstPaint = message.at;
    if (message?.kind !== 'loaded') return;
    loaded[message.name] = message.at;
    if (names.every((n) => loaded[n] !== undefined)) done();
  };
  return { loaded, names, ready, onReport };
}

async function load(page, url, watcher, capMs) {
  await page.goto(`${url}?lang=en`, { waitUntil: 'commit' });
  const finished = await Promise.race([
    watcher.ready.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), capMs)),
  ]);
  const { loaded } = watcher;
  const ms = (name) => (loaded[name] === undefined ? null : Math.round(loaded[name]));
  const partial = {
    firstPaintMs: ms('firstPaint'),
    firstEventsMs: ms('list'),
    timelineMs: ms('timeline'),
    mapMs: ms('map'),
  };
  if (!finished) return { ...partial, readyMs: null, timeout: true, capMs };
  const readyAt = Math.max(...watcher.names.map((n) => loaded[n]));
  await page.waitForTimeout(IDLE_MS);
  const { tasks, domNodes, waterfall } = await withTimeout(
    page.evaluate(() => {
      const resources = performance.getEntriesByType('resource');
      const end = (pattern) => {
        const entry = resources.find((r) => new RegExp(pattern).test(r.name));
        return entry ? Math.round(entry.responseEnd) : null;
      };
      return {
        tasks: window.__bench.longtasks ?? [],
        domNodes: document.getElementsByTagName('*').length,
        // When the corpus and the lazy chunks had arrived: the loading waterfall.
        waterfall: {
          corpusMs: end('/data/corpus/index\\.json'),
          timelineChunkMs: end('/assets/TimelineView-[^/]+\\.js$'),
          mapChunkMs: end('/assets/MapView-[^/]+\\.js$'),
        },
      };
    }),
    STEP_MS,
    'long tasks',
  );
  const after = tasks.filter((t) => t.start >= readyAt);
  const before = tasks.filter((t) => t.start < readyAt);
  return {
    ...partial,
    readyMs: Math.round(readyAt),
    domNodes,
    ...waterfall,
    maxTaskAfterReadyMs: Math.round(Math.max(0, ...after.map((t) => t.duration))),
    maxTaskLoadMs: Math.round(Math.max(0, ...before.map((t) => t.duration))),
    blockedLoadMs: Math.round(before.reduce((sum, t) => sum + t.duration, 0)),
  };
}

async function select(page, plan, noTimeline) {
  const row = page.locator(`[data-event-id="${plan.select.id}"]`);
  await hoverFirst(page, row);
  return interact(page, 'select', { id: plan.select.id, noTimeline }, () => row.click());
}

/** Ticks the filter box of `actor` (plan.filter or plan.busiest) and unticks it. */
async function filterBy(page, actor, total, noTimeline) {
  // The Actors panel draws only the rows in view: find the actor as a user would, by name.
  await page.getByRole('searchbox', { name: 'Find an actor' }).fill(actor.name);
  const box = page.getByRole('checkbox', { name: `Filter by ${actor.name}`, exact: true });
  await box.waitFor({ state: 'attached', timeout: STEP_MS });
  await hoverFirst(page, box);
  const { shown, events, places } = actor;
  const on = await interact(page, 'filterOn', { shown, events, places, noTimeline }, () =>
    box.click(),
  );
  await page.waitForTimeout(300);
  const off = await interact(page, 'filterOff', { shown: total, noTimeline }, () => box.click());
  return { on, off };
}

async function filter(page, plan, noTimeline) {
  const tab = page.getByRole('tab', { name: 'Actors' });
  await hoverFirst(page, tab);
  const actorsTab = await interact(page, 'actorsTab', { actor: plan.filter.id }, () =>
    tab.click({ timeout: STEP_MS }),
  );
  const { on, off } = await filterBy(page, plan.filter, plan.total, noTimeline);
  return { actorsTabMs: actorsTab.ms, on, off };
}

/**
 * Brushes the middle third of the overview strip under the timeline (a time filter), timed
 * from the release until the count and the strip show it; then removes it with its chip.
 */
async function brush(page) {
  const strip = page.locator('.tl-overview__strip');
  await strip.waitFor({ timeout: STEP_MS });
  const box = await strip.boundingBox();
  if (!box) throw new Error('brush: no overview strip on screen');
  const y = box.y + box.height / 2;
  const countBefore = await page.locator('.filter-summary__count').textContent();
  await page.mouse.move(box.x + box.width / 3, y);
  await page.waitForTimeout(300);
  const result = await interact(page, 'brush', { countBefore }, async () => {
    await page.mouse.down();
    await page.mouse.move(box.x + (box.width * 2) / 3, y, { steps: 4 });
    await page.mouse.up();
  });
  await page.locator('.filter-chip__remove').first().click({ timeout: STEP_MS });
  await page.waitForFunction(() => !document.querySelector('.tl-overview__brush'), null, {
    timeout: STEP_MS,
  });
  return result;
}

async function switchLanguage(page, noTimeline) {
  await page.getByRole('tab', { name: 'Events' }).click({ timeout: STEP_MS });
  await page.locator('[data-event-id]').first().waitFor({ timeout: STEP_MS });
  const button = page.locator('header button:has(> [lang="ar"])');
  await hoverFirst(page, button);
  return interact(page, 'language', { noTimeline }, () => button.click());
}

/** Mouse moves of one drag, each this many px, and how many there and back. */
const PAN_STEP_PX = 12;
const PAN_STEPS = 30;
/** After the mouse is released: the map's moveend work (markers, labels, URL) is timed too. */
const PAN_SETTLE_MS = 1000;

/**
 * Drags the map from its centre, 30 mouse moves away and 30 back, as a user pans. Returns the
 * longest task from the press until PAN_SETTLE_MS after the release, and the longest gap
 * between animation frames while the mouse moved (16.7 ms is 60 fps).
 */
async function pan(page) {
  // A point of the map's own background (no marker, popup or control), near its middle.
  const point = await page.evaluate(() => {
    const r = document.querySelector('.leaflet-container')?.getBoundingClientRect();
    if (!r) return null;
    for (let dy = 0; dy <= 0.3; dy += 0.05)
      for (const sy of [1, -1])
        for (let dx = 0; dx <= 0.3; dx += 0.05)
          for (const sx of [1, -1]) {
            const x = r.left + r.width * (0.5 + sx * dx);
            const y = r.top + r.height * (0.5 + sy * dy);
            const el = document.elementFromPoint(x, y);
            if (el && !el.closest('.leaflet-marker-icon, .leaflet-popup, .leaflet-control, button'))
              return { x, y };
          }
    return null;
  });
  if (!point) throw new Error('no free point on the map');
  const { x, y } = point;
  await page.mouse.move(x, y);
  await page.waitForTimeout(300);
  const start = await page.evaluate(() => {
    const frames = [];
    window.__benchPan = { frames, on: true };
    const tick = (t) => {
      if (!window.__benchPan.on) return;
      frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return performance.now();
  });
  await page.mouse.down();
  for (let i = 1; i <= PAN_STEPS; i++)
    await page.mouse.move(x - i * PAN_STEP_PX, y - (i * PAN_STEP_PX) / 3);
  for (let i = PAN_STEPS - 1; i >= 0; i--)
    await page.mouse.move(x - i * PAN_STEP_PX, y - (i * PAN_STEP_PX) / 3);
  const released = await page.evaluate(() => performance.now());
  await page.mouse.up();
  await page.waitForTimeout(PAN_SETTLE_MS);
  return withTimeout(
    page.evaluate(
      ([from, until]) => {
        window.__benchPan.on = false;
        const { frames } = window.__benchPan;
        const moving = frames.filter((t) => t <= until);
        let longestFrame = 0;
        for (let i = 1; i < moving.length; i++)
          longestFrame = Math.max(longestFrame, moving[i] - moving[i - 1]);
        const tasks = (window.__bench.longtasks ?? []).filter((t) => t.start >= from);
        return {
          ms: Math.round(until - from),
          maxTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
          longestFrameMs: Math.round(longestFrame),
          frames: moving.length,
        };
      },
      [start, released],
    ),
    STEP_MS,
    'pan',
  );
}

/** Runs one step; a failure is recorded, not thrown, so that the other steps still run. */
async function attempt(step) {
  try {
    return await step();
  } catch (err) {
    return { error: String(err.message ?? err).split('\n')[0] };
  }
}

const SKIPPED = { error: 'not measured: the page did not finish loading' };

/**
 * plan: { total, select: { id }, filter and busiest: { id, name, shown, events, places } };
 * options: { loadCapMs, noTimeline }
 */
export async function measureAthar(browser, url, plan, { loadCapMs, noTimeline = false }) {
  const names = Object.keys(SELECTORS).filter((n) => !(noTimeline && n === 'timeline'));
  const selectors = Object.fromEntries(names.map((n) => [n, SELECTORS[n]]));
  const watcher = loadWatcher(names);
  const { context, page, outside, close } = await newPage(browser, selectors, {
    onReport: watcher.onReport,
    noTimeline,
  });
  try {
    const loadResult = await load(page, url, watcher, loadCapMs);
    if (loadResult.timeout) {
      return {
        ...loadResult,
        select: SKIPPED,
        filterOn: SKIPPED,
        filterOff: SKIPPED,
        busiestOn: SKIPPED,
        busiestOff: SKIPPED,
        brush: SKIPPED,
        language: SKIPPED,
        pan: SKIPPED,
      };
    }
    const heapMb = await attempt(() => withTimeout(heapAfterGc(context, page), STEP_MS, 'heap'));
    const selectResult = await attempt(() => select(page, plan, noTimeline));
    const filterResult = await attempt(() => filter(page, plan, noTimeline));
    const busiestResult = await attempt(() => filterBy(page, plan.busiest, plan.total, noTimeline));
    const brushResult = noTimeline ? SKIPPED : await attempt(() => brush(page));
    const languageResult = await attempt(() => switchLanguage(page, noTimeline));
    const panResult = await attempt(() => pan(page));
    return {
      ...loadResult,
      heapMb: typeof heapMb === 'number' ? heapMb : null,
      select: selectResult,
      actorsTabMs: filterResult.actorsTabMs ?? null,
      filterOn: filterResult.on ?? filterResult,
      filterOff: filterResult.off ?? filterResult,
      busiestOn: busiestResult.on ?? busiestResult,
      busiestOff: busiestResult.off ?? busiestResult,
      brush: brushResult,
      language: languageResult,
      pan: panResult,
      outsideRequests: outside.length,
    };
  } finally {
    await close();
  }
}
