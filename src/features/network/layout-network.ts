/**
 * Positions for the nodes of a network in a width × height box: a seeded force-directed
 * layout (Fruchterman–Reingold: nodes repel, links pull, a weak pull to the centre keeps
 * separate groups on screen), started from a circle and scaled at the end to fill the box
 * inside `margin`. Plain arithmetic, so the same network, box and seed give the same positions.
 */
import type { CoOccurrenceNetwork } from '../../domain/network/network';
import { seededRandom } from './seeded-random';

/** Pull towards the centre, per unit of distance (forces are in Fruchterman–Reingold units). */
const GRAVITY = 3;

export interface NodePosition {
  id: string;
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** Space kept free along every edge (for circles and labels). */
  margin?: number;
  iterations?: number;
}

export function layoutNetwork(
  network: Pick<CoOccurrenceNetwork, 'nodes' | 'links'>,
  width: number,
  height: number,
  seed: number,
  { margin = 0, iterations = 200 }: LayoutOptions = {},
): NodePosition[] {
  const n = network.nodes.length;
  const cx = width / 2;
  const cy = height / 2;
  if (n === 0) return [];
  if (n === 1) return [{ id: (network.nodes[0] as { id: string }).id, x: cx, y: cy }];

  // The forces work in a square of the box's area (so that gravity balances repulsion the same
  // way in any box); the result is stretched to the box at the end.
  const size = Math.sqrt(width * height);
  const c = size / 2;
  const random = seededRandom(seed);
  const index = new Map(network.nodes.map((node, i) => [node.id, i]));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const radius = size / 3;
  for (let i = 0; i < n; i++) {
    const angle = (2 * Math.PI * i) / n + (random() - 0.5) * 0.5;
    const r = radius * (0.6 + 0.4 * random());
    xs[i] = c + r * Math.cos(angle);
    ys[i] = c + r * Math.sin(angle);
  }
  const links = network.links
    .map((l) => ({ a: index.get(l.source), b: index.get(l.target), w: l.weight }))
    .filter(
      (l): l is { a: number; b: number; w: number } => l.a !== undefined && l.b !== undefined,
    );
  const maxWeight = Math.max(1, ...links.map((l) => l.w));

  const k = Math.sqrt((size * size) / n) * 0.75;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let step = 0; step < iterations; step++) {
    const temperature = (size / 8) * (1 - step / iterations) + 0.5;
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        let ex = (xs[i] as number) - (xs[j] as number);
        let ey = (ys[i] as number) - (ys[j] as number);
        let d = Math.sqrt(ex * ex + ey * ey);
        if (d < 0.01) {
          // Coincident nodes: push apart in a seeded direction.
          ex = random() - 0.5;
          ey = random() - 0.5;
          d = Math.sqrt(ex * ex + ey * ey) || 1;
        }
        const f = (k * k) / d;
        dx[i] = (dx[i] as number) + (ex / d) * f;
        dy[i] = (dy[i] as number) + (ey / d) * f;
        dx[j] = (dx[j] as number) - (ex / d) * f;
        dy[j] = (dy[j] as number) - (ey / d) * f;
      }
    for (const { a, b, w } of links) {
      const ex = (xs[a] as number) - (xs[b] as number);
      const ey = (ys[a] as number) - (ys[b] as number);
      const d = Math.sqrt(ex * ex + ey * ey) || 0.01;
      const f = ((d * d) / k) * (0.5 + 0.5 * (w / maxWeight));
      dx[a] = (dx[a] as number) - (ex / d) * f;
      dy[a] = (dy[a] as number) - (ey / d) * f;
      dx[b] = (dx[b] as number) + (ex / d) * f;
      dy[b] = (dy[b] as number) + (ey / d) * f;
    }
    for (let i = 0; i < n; i++) {
      // Gravity grows with the distance from the centre, so actors with no links (or small
      // separate groups) stay near the others instead of being pushed to the edges.
      dx[i] = (dx[i] as number) + (c - (xs[i] as number)) * GRAVITY;
      dy[i] = (dy[i] as number) + (c - (ys[i] as number)) * GRAVITY;
      const mx = dx[i] as number;
      const my = dy[i] as number;
      const d = Math.sqrt(mx * mx + my * my);
      if (d > 0) {
        const move = Math.min(d, temperature);
        xs[i] = (xs[i] as number) + ((dx[i] as number) / d) * move;
        ys[i] = (ys[i] as number) + ((dy[i] as number) / d) * move;
      }
      // Stay inside the square.
      xs[i] = Math.min(size, Math.max(0, xs[i] as number));
      ys[i] = Math.min(size, Math.max(0, ys[i] as number));
    }
  }

  // Scale to fill the box inside the margin.
  const fit = (values: Float64Array, size: number) => {
    let min = Infinity;
    let max = -Infinity;
    for (const v of values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    const inner = Math.max(0, size - 2 * margin);
    return (v: number) =>
      max - min < 1e-9 ? size / 2 : margin + ((v - min) / (max - min)) * inner;
  };
  const fx = fit(xs, width);
  const fy = fit(ys, height);
  return network.nodes.map((node, i) => ({
    id: node.id,
    x: fx(xs[i] as number),
    y: fy(ys[i] as number),
  }));
}
