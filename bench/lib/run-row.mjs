// One row of the table: Athar's runs, the floor's and TimelineJS's, on one corpus; for the
// large corpora also the diagnostic runs without the timeline chunk.
import { statSync } from 'node:fs';
import { measureAthar } from './measure-athar.mjs';
import { measureFloor, measureTimelineJs } from './measure-others.mjs';
import { makePlan } from './plan.mjs';
import { median, summariseAthar } from './summarise.mjs';

const ratio = (a, b) => (a && b ? Math.round((a / b) * 100) / 100 : null);

async function timelineJs(browser, url, opts) {
  if (!opts.timelinejs) return { label: 'not run', runs: [] };
  if (opts.timelinejsSkip) return { label: opts.timelinejsSkip, skipped: true, runs: [] };
  // Fewer runs when it is slow: stop after a timeout or once the runs have taken the cap.
  const runs = [];
  const started = Date.now();
  for (let i = 0; i < opts.runs && Date.now() - started < opts.timelinejsCap; i++) {
    const run = await measureTimelineJs(browser, url, opts.timelinejsCap);
    runs.push(run);
    opts.log(`  TimelineJS run ${i + 1}: ${run.readyMs ?? (run.timeout ? 'timeout' : run.error)}`);
    if (!run.readyMs) break;
  }
  const readyMs = median(runs.map((r) => r.readyMs));
  const timeouts = runs.filter((r) => r.timeout).length;
  const timedOut = timeouts > 0 && readyMs === null;
  const cap = `${opts.timelinejsCap / 1000} s`;
  let label = readyMs ?? runs[0]?.error ?? '—';
  if (timedOut) label = `timeout (> ${cap})`;
  else if (timeouts > 0) label = `${readyMs} (${timeouts} of ${runs.length} runs > ${cap})`;
  return { readyMs, timedOut, label, runs };
}

const show = (step) => step.ms ?? step.error;

/** Athar's runs; after a load that timed out, the remaining runs are skipped. */
async function atharRuns(browser, url, plan, opts, noTimeline) {
  const runs = [];
  const count = noTimeline ? opts.diagnosticRuns : opts.runs;
  for (let i = 0; i < count; i++) {
    const run = await measureAthar(browser, url, plan, { loadCapMs: opts.loadCapMs, noTimeline });
    runs.push(run);
    const name = noTimeline ? 'without timeline' : 'Athar';
    if (run.timeout) {
      opts.log(
        `  ${name} run ${i + 1}: not ready within ${run.capMs / 1000} s ` +
          `(list ${run.firstEventsMs}, map ${run.mapMs}, timeline ${run.timelineMs}); no more runs`,
      );
      break;
    }
    opts.log(
      `  ${name} run ${i + 1}: ready ${run.readyMs} ms, select ${show(run.select)}, ` +
        `filter ${show(run.filterOn)}/${show(run.filterOff)}, ` +
        `busiest ${show(run.busiestOn)}/${show(run.busiestOff)}, language ${show(run.language)}, ` +
        `heap ${run.heapMb} MB`,
    );
  }
  return { ...summariseAthar(runs), runs };
}

export async function runRow(browser, url, row, opts) {
  const plan = makePlan(row.corpus);
  opts.log(
    `${row.name}: select ${plan.select.id}; filter by ${plan.filter.name} ` +
      `(${plan.filter.shown} events) and ${plan.busiest.name} (${plan.busiest.shown} events)`,
  );
  const athar = await atharRuns(browser, url, plan, opts, false);
  const diagnostic = opts.diagnosticRuns ? await atharRuns(browser, url, plan, opts, true) : null;
  const floorRuns = [];
  for (let i = 0; i < opts.runs; i++) {
    floorRuns.push(await measureFloor(browser, url));
    // A floor that cannot be had (too large for the browser) fails the same way every time.
    if (floorRuns.at(-1).error) break;
  }
  const floor = {
    floorMs: median(floorRuns.map((r) => r.floorMs)),
    fetchMs: median(floorRuns.map((r) => r.fetchMs)),
    error: floorRuns.find((r) => r.error)?.error ?? null,
  };
  if (floor.error) opts.log(`  floor: ${floor.error}`);
  const timelinejs = await timelineJs(browser, url, opts);
  const ready = athar.metrics.readyMs ?? (athar.timedOut ? athar.capMs : null);
  const bound = athar.timedOut ? '> ' : '';
  return {
    events: row.corpus.events.length,
    documents: row.corpus.documents.length,
    actors: row.corpus.actors.length,
    places: row.corpus.places.length,
    mb: +(statSync(row.file).size / 1e6).toFixed(1),
    runs: athar.runs.length,
    plan: {
      select: plan.select,
      filter: { id: plan.filter.id, name: plan.filter.name, shown: plan.filter.shown },
      busiest: { id: plan.busiest.id, name: plan.busiest.name, shown: plan.busiest.shown },
    },
    athar,
    diagnostic,
    floor,
    timelinejs,
    ratios: {
      floor: ready && `${bound}${ratio(ready, floor.floorMs)}`,
      timelinejs:
        timelinejs.timedOut && !athar.timedOut
          ? `< ${ratio(ready, opts.timelinejsCap)}`
          : timelinejs.timedOut
            ? 'both time out'
            : ready && timelinejs.readyMs && `${bound}${ratio(ready, timelinejs.readyMs)}`,
    },
  };
}
