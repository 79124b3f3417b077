/**
 * How long the map's clustering takes for 5,000 places (issue 16: ≤ 50 ms): building the
 * index and listing what a view shows at every whole zoom from 2 to 11, on seeded random
 * places around the Mediterranean with 1 to 200 events each. Run: `npx tsx bench/cluster.ts`
 * (`--json`: one line of JSON on stdout, as `npm run bench` reads it).
 */
import { performance } from 'node:perf_hooks';
import type { CorpusEvent, Place } from '../src/domain/corpus/schema';
import { ClusterIndex } from '../src/features/map/cluster-index';
import type { PlaceGroup } from '../src/features/map/place-groups';

let seed = 16;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

function groups(n: number): PlaceGroup[] {
  return Array.from({ length: n }, (_, i) => {
    const place = {
      id: `p${String(i)}`,
      kind: 'city',
      name: { ar: `م${String(i)}`, en: `P${String(i)}` },
      lat: 25 + random() * 17,
      lon: -5 + random() * 45,
    } as unknown as Place;
    const events = Array.from(
      { length: 1 + Math.floor(random() * 200) },
      () => ({}) as CorpusEvent,
    );
    return { place, events };
  });
}

const input = groups(5000);
/** CPU time of this process (ms): on a shared machine, what the work itself took. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const runs: number[] = [];
const cpu: number[] = [];
for (let run = 0; run < 7; run++) {
  const start = performance.now();
  const startCpu = cpuMs();
  const index = new ClusterIndex(input);
  for (let zoom = 2; zoom <= 11; zoom++) index.items([-10, 20, 45, 45], zoom);
  runs.push(performance.now() - start);
  cpu.push(cpuMs() - startCpu);
}
const medianOf = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const median = medianOf(runs);
const round = (ms: number): number => Math.round(ms * 10) / 10;
if (process.argv.includes('--json'))
  console.log(
    JSON.stringify({
      places: input.length,
      runs: runs.length,
      medianMs: round(median),
      medianCpuMs: round(medianOf(cpu)),
    }),
  );
else
  console.log(
    `5,000 places: index + 10 views, median of ${String(runs.length)} runs ${median.toFixed(1)} ms ` +
      `(min ${Math.min(...runs).toFixed(1)}, max ${Math.max(...runs).toFixed(1)}; ` +
      `CPU time ${medianOf(cpu).toFixed(1)} ms)`,
  );
process.exitCode = median <= 50 ? 0 : 1;
