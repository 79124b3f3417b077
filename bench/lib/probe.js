// Injected into every benchmark page before its own scripts (page.addInitScript). It times,
// inside the page, against the page's own clock (performance.now(), 0 = navigation start):
// - when each of window.__BENCH_LOAD's selectors first matches, checked once per frame, so a
//   time is the frame in which the element is painted;
// - long tasks (PerformanceObserver 'longtask');
// - an interaction armed by arm(kind, params): from the click's event.timeStamp until each
//   view reflects it (checked per frame) and until the DOM has been quiet for quietMs.
(() => {
  const bench = {
    loaded: {},
    longtasks: [],
    interaction: null,
  };
  window.__bench = bench;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longtasks = null;
  }

  // The frame after the latest DOM change: when that change is painted.
  let lastMutationFrame = 0;
  const observe = () =>
    new MutationObserver(() => {
      requestAnimationFrame(() => {
        lastMutationFrame = performance.now();
      });
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  if (document.documentElement) observe();
  else document.addEventListener('DOMContentLoaded', observe);

  // Load times are also sent to the benchmark as they happen (a binding), so that they arrive
  // even when the page's main thread is blocked afterwards.
  const report = (message) => {
    try {
      window.__benchReport?.(message);
    } catch {
      // not exposed: the benchmark reads window.__bench instead
    }
  };
  // The first paint and first contentful paint (the app shell: the page is empty before it).
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) report({ kind: 'paint', name: e.name, at: e.startTime });
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // no paint timing: the column stays empty
  }

  const selectors = window.__BENCH_LOAD || {};
  const watchLoad = () => {
    const now = performance.now();
    let missing = false;
    for (const [name, selector] of Object.entries(selectors)) {
      if (bench.loaded[name] !== undefined) continue;
      if (document.querySelector(selector)) {
        bench.loaded[name] = now;
        report({ kind: 'loaded', name, at: now });
      } else missing = true;
    }
    if (missing) requestAnimationFrame(watchLoad);
  };
  requestAnimationFrame(watchLoad);

  const ids = (selector, attribute) =>
    [...document.querySelectorAll(selector)].map((el) => el.getAttribute(attribute));
  const timelineSignature = () =>
    [...document.querySelectorAll('.vis-timeline .vis-item')]
      .map((el) => el.getAttribute('data-id') || el.textContent)
      .join('|');
  const mapSignature = () =>
    [...document.querySelectorAll('[data-place-id]')]
      .map((el) => `${el.getAttribute('data-place-id')}:${el.getAttribute('aria-label')}`)
      .join('|');
  const countShows = (n) => {
    const text = document.querySelector('.filter-summary__count')?.textContent ?? '';
    return text.includes(String(n)) || text.includes(n.toLocaleString('en'));
  };

  /**
   * Per interaction kind: named checks, each true once its view reflects the change. With
   * p.noTimeline (the diagnostic run without the timeline chunk) the timeline check is left out.
   */
  const CHECKS = {
    select: (p) => ({
      detail: () => !!document.querySelector(`.event-detail[data-event="${p.id}"]`),
      // The place's own marker, or the cluster marker that holds it.
      map: () =>
        !!document.querySelector(
          '[data-place-id][data-state="selected"], [data-place-ids][data-state="selected"]',
        ),
      // On a wide screen the reading column replaces the list once an event is chosen: the
      // list reflects the selection when its row is current, or when it is not on screen.
      list: () =>
        !document.querySelector('.event-list') ||
        !!document.querySelector(`[data-event-id="${p.id}"][aria-current="true"]`),
      timeline: () => !!document.querySelector(`.vis-item.vis-selected[data-id="${p.id}"]`),
    }),
    // A brush across the timeline's overview strip: the count changes, the brush is drawn.
    brush: (p) => ({
      count: () =>
        (document.querySelector('.filter-summary__count')?.textContent ?? '') !== p.countBefore,
      strip: () => !!document.querySelector('.tl-overview__brush'),
    }),
    filterOn: (p) => {
      const events = new Set(p.events);
      const places = new Set(p.places);
      return {
        count: () => countShows(p.shown),
        // Every event drawn on its own is the actor's (bins, "~bin:…", count several).
        timeline: () =>
          timelineSignature() !== p.timeline &&
          ids('.vis-timeline .vis-item[data-id]', 'data-id').every(
            (id) => id.startsWith('~bin:') || events.has(id),
          ),
        map: () =>
          mapSignature() !== p.map &&
          ids('[data-place-id]', 'data-place-id').every((id) => places.has(id)),
      };
    },
    filterOff: (p) => ({
      count: () => countShows(p.shown),
      timeline: () => timelineSignature() !== p.timeline,
      map: () => mapSignature() !== p.map,
    }),
    // The panel draws only the rows in view: ready when the first are drawn.
    actorsTab: () => ({
      row: () => !!document.querySelector('[data-actor-id]'),
    }),
    language: (p) => ({
      dir: () => document.documentElement.getAttribute('dir') === 'rtl',
      timeline: () => {
        const el = document.querySelector('.vis-timeline');
        const canvas = el?.closest('.tl-view__canvas');
        return (
          !!el &&
          !el.hasAttribute('data-bench-old') &&
          !!el.querySelector('.vis-item') &&
          canvas?.style.visibility !== 'hidden'
        );
      },
      list: () =>
        /[\u0600-\u06ff]/.test(document.querySelector('.event-row__title')?.textContent ?? ''),
      map: () => mapSignature() !== p.map,
    }),
  };

  /** What the checks compare against, taken before the click. */
  bench.snapshot = () => ({ timeline: timelineSignature(), map: mapSignature() });

  bench.arm = (kind, params, quietMs = 750) => {
    document.querySelector('.vis-timeline')?.setAttribute('data-bench-old', '');
    const checks = CHECKS[kind](params);
    if (params.noTimeline) delete checks.timeline;
    const state = { kind, clickAt: null, seen: {}, settledAt: null, done: false };
    bench.interaction = state;
    const onClick = (e) => {
      if (state.clickAt === null) state.clickAt = e.timeStamp;
      window.removeEventListener('click', onClick, true);
      requestAnimationFrame(tick);
    };
    window.addEventListener('click', onClick, true);
    const tick = () => {
      const now = performance.now();
      for (const [name, check] of Object.entries(checks))
        if (state.seen[name] === undefined && check()) state.seen[name] = now;
      const allSeen = Object.keys(checks).every((name) => state.seen[name] !== undefined);
      if (allSeen) {
        const updated = Math.max(...Object.values(state.seen));
        const last = Math.max(updated, lastMutationFrame > state.clickAt ? lastMutationFrame : 0);
        if (now - last >= quietMs) {
          state.settledAt = last;
          state.done = true;
          return;
        }
      }
      requestAnimationFrame(tick);
    };
  };
})();
