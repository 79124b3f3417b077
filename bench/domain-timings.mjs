// Where the load time goes outside the browser's views: the app's own domain code (the same
// TypeScript, through tsx) on each corpus, in Node. Evidence for the bottleneck report.
//
//   node bench/domain-timings.mjs [file …]   (default: the real corpus and bench/out/corpus-*.json)
import { existsSync, readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import { HUGE, SIZES, corpusFile } from './generate-corpus.mjs';

const load = (path) => tsImport(path, import.meta.url);
const { corpusSchema } = await load('../src/domain/corpus/schema.ts');
const { checkCorpus } = await load('../src/domain/corpus/check-corpus.ts');
const { buildCorpusIndex } = await load('../src/domain/corpus/corpus-index.ts');
const { filterEvents, NO_FILTER } = await load('../src/domain/corpus/filter-events.ts');

/** Median time of `runs` calls of fn, in ms, and its last result. */
function time(fn, runs = 3) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: Math.round(times[Math.floor(runs / 2)]), result };
}

export function domainTimings(path) {
  const text = readFileSync(path, 'utf8');
  const parse = time(() => JSON.parse(text));
  // The whole-corpus zod parse, for comparison; the app runs checkCorpus (row guards, then zod
  // only for rows that fail them).
  const zod = time(() => corpusSchema.safeParse(parse.result), 1);
  const check = time(() => checkCorpus(parse.result));
  const index = time(() => buildCorpusIndex(check.result.corpus));
  const byCount = [...index.result.eventsByActor].sort((a, b) => b[1].length - a[1].length);
  const actor = (byCount[9] ?? byCount[0])[0];
  const all = time(() => filterEvents(index.result, NO_FILTER));
  const one = time(() => filterEvents(index.result, { ...NO_FILTER, actors: [actor] }));
  const search = time(() => filterEvents(index.result, { ...NO_FILTER, q: 'visit' }), 1);
  return {
    file: path,
    mb: +(Buffer.byteLength(text) / 1e6).toFixed(1),
    events: index.result.events.length,
    jsonParseMs: parse.ms,
    zodMs: zod.ms,
    checkMs: check.ms,
    buildIndexMs: index.ms,
    filterNoneMs: all.ms,
    filterActorMs: one.ms,
    firstSearchMs: search.ms,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2);
  const targets = files.length
    ? files
    : [
        'public/data/corpus.json',
        // A huge corpus's file cannot be read back as one string (generate-corpus.mjs).
        ...SIZES.filter((n) => n < HUGE)
          .map(corpusFile)
          .filter(existsSync),
      ];
  const rows = targets.map(domainTimings);
  console.table(rows);
}
