// From the runs of one row to its metrics: the median of each, with failures counted.

export function median(values) {
  const ok = values
    .filter((v) => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (ok.length === 0) return null;
  const mid = ok.length >> 1;
  return ok.length % 2 ? ok[mid] : Math.round(((ok[mid - 1] + ok[mid]) / 2) * 10) / 10;
}

const pickers = {
  firstPaintMs: (r) => r.firstPaintMs,
  firstEventsMs: (r) => r.firstEventsMs,
  timelineMs: (r) => r.timelineMs,
  mapMs: (r) => r.mapMs,
  readyMs: (r) => r.readyMs,
  maxTaskAfterReadyMs: (r) => r.maxTaskAfterReadyMs,
  maxTaskLoadMs: (r) => r.maxTaskLoadMs,
  blockedLoadMs: (r) => r.blockedLoadMs,
  heapMb: (r) => r.heapMb,
  domNodes: (r) => r.domNodes,
  corpusMs: (r) => r.corpusMs,
  timelineChunkMs: (r) => r.timelineChunkMs,
  mapChunkMs: (r) => r.mapChunkMs,
  selectMs: (r) => r.select.ms,
  selectSettledMs: (r) => r.select.settledMs,
  actorsTabMs: (r) => r.actorsTabMs,
  filterOnMs: (r) => r.filterOn.ms,
  filterOnSettledMs: (r) => r.filterOn.settledMs,
  filterOffMs: (r) => r.filterOff.ms,
  filterOffSettledMs: (r) => r.filterOff.settledMs,
  busiestOnMs: (r) => r.busiestOn?.ms,
  busiestOffMs: (r) => r.busiestOff?.ms,
  brushMs: (r) => r.brush?.ms,
  languageMs: (r) => r.language.ms,
  languageSettledMs: (r) => r.language.settledMs,
  panMaxTaskMs: (r) => r.pan?.maxTaskMs,
  panLongestFrameMs: (r) => r.pan?.longestFrameMs,
  interactionMaxTaskMs: (r) =>
    r.timeout
      ? null
      : Math.max(
          ...[r.select, r.filterOn, r.filterOff, r.busiestOn, r.busiestOff, r.language].map(
            (s) => s?.maxTaskMs ?? 0,
          ),
        ),
};

export function summariseAthar(runs) {
  const metrics = Object.fromEntries(
    Object.entries(pickers).map(([name, pick]) => [name, median(runs.map(pick))]),
  );
  metrics.filterMs =
    metrics.filterOnMs === null || metrics.filterOffMs === null
      ? null
      : Math.max(metrics.filterOnMs, metrics.filterOffMs);
  metrics.busiestFilterMs =
    metrics.busiestOnMs === null || metrics.busiestOffMs === null
      ? null
      : Math.max(metrics.busiestOnMs, metrics.busiestOffMs);
  const timedOut = runs.some((r) => r.timeout);
  const errors = runs.flatMap((r) =>
    ['select', 'filterOn', 'filterOff', 'busiestOn', 'busiestOff', 'brush', 'language', 'pan']
      .filter((k) => r[k]?.error)
      .map((k) => `${k}: ${r[k].error}`),
  );
  return {
    metrics,
    timedOut,
    capMs: timedOut ? runs[0].capMs : null,
    errors: [...new Set(errors)],
  };
}
