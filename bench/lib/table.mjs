// The results as Markdown tables (printed, and pasted into the README's Performance section).

const ready = (a) => a.metrics.readyMs ?? (a.timedOut ? `timeout (> ${a.capMs / 1000} s)` : null);

const COLUMNS = [
  ['events', (r) => r.events],
  ['corpus MB', (r) => r.mb],
  ['runs', (r) => r.runs],
  ['first paint ms', (r) => r.athar.metrics.firstPaintMs],
  ['first events ms', (r) => r.athar.metrics.firstEventsMs],
  ['ready ms', (r) => ready(r.athar)],
  ['select ms', (r) => r.athar.metrics.selectMs],
  ['filter on / off ms', (r) => pair(r.athar.metrics.filterOnMs, r.athar.metrics.filterOffMs)],
  [
    'busiest actor filter on / off ms',
    (r) => pair(r.athar.metrics.busiestOnMs, r.athar.metrics.busiestOffMs),
  ],
  ['time brush ms', (r) => r.athar.metrics.brushMs],
  ['language ms', (r) => r.athar.metrics.languageMs],
  ['heap MB', (r) => r.athar.metrics.heapMb],
  ['max task after ready ms', (r) => r.athar.metrics.maxTaskAfterReadyMs],
  ['floor ms', (r) => r.floor.floorMs ?? r.floor.error ?? null],
  ['TimelineJS ms', (r) => r.timelinejs.label],
  ['ready ÷ floor', (r) => r.ratios.floor],
  ['ready ÷ TimelineJS', (r) => r.ratios.timelinejs],
];

const DETAILS = [
  ['DOM elements', (r) => r.athar.metrics.domNodes],
  ['corpus fetched ms', (r) => r.athar.metrics.corpusMs],
  ['timeline chunk ms', (r) => r.athar.metrics.timelineChunkMs],
  ['timeline ms', (r) => r.athar.metrics.timelineMs],
  ['map ms', (r) => r.athar.metrics.mapMs],
  ['longest load task ms', (r) => r.athar.metrics.maxTaskLoadMs],
  ['select settled ms', (r) => r.athar.metrics.selectSettledMs],
  ['Actors tab ms', (r) => r.athar.metrics.actorsTabMs],
  [
    'filter on / off settled ms',
    (r) => pair(r.athar.metrics.filterOnSettledMs, r.athar.metrics.filterOffSettledMs),
  ],
  ['language settled ms', (r) => r.athar.metrics.languageSettledMs],
  ['longest task in clicks ms', (r) => r.athar.metrics.interactionMaxTaskMs],
  [
    'panning the map: longest task / frame ms',
    (r) => pair(r.athar.metrics.panMaxTaskMs, r.athar.metrics.panLongestFrameMs),
  ],
  ['load average', (r) => `${r.loadAverage.before.toFixed(1)} → ${r.loadAverage.after.toFixed(1)}`],
];

const DIAGNOSTIC = [
  ['runs', (r) => r.diagnostic.runs.length],
  ['first events ms', (r) => r.diagnostic.metrics.firstEventsMs],
  ['ready ms (list + map)', (r) => ready(r.diagnostic)],
  ['select ms', (r) => r.diagnostic.metrics.selectMs],
  [
    'filter on / off ms',
    (r) => pair(r.diagnostic.metrics.filterOnMs, r.diagnostic.metrics.filterOffMs),
  ],
  ['Actors tab ms', (r) => r.diagnostic.metrics.actorsTabMs],
  ['language ms', (r) => r.diagnostic.metrics.languageMs],
  ['heap MB', (r) => r.diagnostic.metrics.heapMb],
  ['DOM elements', (r) => r.diagnostic.metrics.domNodes],
  ['longest load task ms', (r) => r.diagnostic.metrics.maxTaskLoadMs],
  ['max task after ready ms', (r) => r.diagnostic.metrics.maxTaskAfterReadyMs],
  ['longest task in clicks ms', (r) => r.diagnostic.metrics.interactionMaxTaskMs],
];

function pair(a, b) {
  return a === null && b === null ? null : `${a ?? '—'} / ${b ?? '—'}`;
}

function markdown(header, lines) {
  const cell = (v) => (v === null || v === undefined ? '—' : String(v));
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...lines.map((l) => `| ${l.map(cell).join(' | ')} |`),
  ].join('\n');
}

function table(rows, columns) {
  return markdown(
    ['', ...columns.map(([title]) => title)],
    rows.map(([name, row]) => [name, ...columns.map(([, get]) => get(row))]),
  );
}

export function formatResults(results) {
  const rows = Object.entries(results.rows);
  const diagnosed = rows.filter(([, r]) => r.diagnostic);
  const targets = markdown(
    ['target', 'measured', 'result'],
    results.targets.map((t) => [t.label, t.value, t.status]),
  );
  const b = results.bundle;
  return [
    `Bundle: initial JS ${b.initialKb} kB gzip, all JS ${b.totalKb} kB gzip (${b.files} files).`,
    ...(results.cluster?.medianMs !== undefined
      ? [
          '',
          `Map clustering, ${results.cluster.places} places (index + 10 zooms): ` +
            `${results.cluster.medianMs} ms (CPU ${results.cluster.medianCpuMs} ms), median of ${results.cluster.runs}.`,
        ]
      : []),
    '',
    table(rows, COLUMNS),
    '',
    'Details (medians):',
    '',
    table(rows, DETAILS),
    ...(diagnosed.length > 0
      ? [
          '',
          'Diagnostic, not the app: the same runs with the timeline chunk replaced by an empty view:',
          '',
          table(diagnosed, DIAGNOSTIC),
        ]
      : []),
    '',
    targets,
  ].join('\n');
}
