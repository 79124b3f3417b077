/**
 * How long the map's clustering takes for 5,000 places (issue 16: ≤ 50 ms): building the
 * index and listing what a view shows at every whole zoom from 2 to 11, on seeded random
 * places around the Mediterranean with 1 to 200 events each. Run: `npx tsx bench/cluster.ts`.
 */
import { performance } from 'node:perf_hooks';
import type { CorpusEvent, Place } from '../src/domain/schema';
import { ClusterIndex } from '../src/features/map/cluster-index';
import type { PlaceGroup } from '../src/features/map/placeGroups';

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
const runs: number[] = [];
for (let run = 0; run < 7; run++) {
  const start = performance.now();
  const index = new ClusterIndex(input);
  for (let zoom = 2; zoom <= 11; zoom++) index.items([-10, 20, 45, 45], zoom);
  runs.push(performance.now() - start);
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)] ?? 0;
console.log(
  `5,000 places: index + 10 views, median of ${String(runs.length)} runs ${median.toFixed(1)} ms ` +
    `(min ${(runs[0] ?? 0).toFixed(1)}, max ${(runs[runs.length - 1] ?? 0).toFixed(1)})`,
);
process.exitCode = median <= 50 ? 0 : 1;
