import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CoOccurrenceNetwork } from '../../../src/domain/network/network';
import { labelAnchor } from '../../../src/features/network/label-anchor';
import { layoutNetwork } from '../../../src/features/network/layout-network';

/** A random network of n nodes and some links, from a fast-check seed. */
const networkArb = fc.integer({ min: 0, max: 50 }).chain((n) =>
  fc.record({
    nodes: fc.constant(Array.from({ length: n }, (_, i) => ({ id: `n${i}`, events: 1 + (i % 7) }))),
    links: fc.array(
      fc.record({
        source: fc.integer({ min: 0, max: Math.max(0, n - 1) }).map((i) => `n${i}`),
        target: fc.integer({ min: 0, max: Math.max(0, n - 1) }).map((i) => `n${i}`),
        weight: fc.integer({ min: 1, max: 9 }),
      }),
      { maxLength: n * 2 },
    ),
  }),
);

const star: Pick<CoOccurrenceNetwork, 'nodes' | 'links'> = {
  nodes: ['hub', 'a', 'b', 'c', 'd', 'far'].map((id) => ({ id, events: id === 'hub' ? 4 : 1 })),
  links: ['a', 'b', 'c', 'd'].map((id) => ({ source: 'hub', target: id, weight: 1 })),
};

describe('layoutNetwork', () => {
  it('gives the same positions for the same seed, other positions for another', () => {
    const a = layoutNetwork(star, 600, 400, 7);
    expect(layoutNetwork(star, 600, 400, 7)).toEqual(a);
    expect(layoutNetwork(star, 600, 400, 8)).not.toEqual(a);
  });

  it('keeps every node inside the box and its margin (property)', () => {
    fc.assert(
      fc.property(networkArb, fc.integer(), (network, seed) => {
        const positions = layoutNetwork(network, 500, 320, seed, { margin: 30 });
        expect(positions.map((p) => p.id)).toEqual(network.nodes.map((n) => n.id));
        for (const p of positions) {
          expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
          expect(p.x).toBeGreaterThanOrEqual(30 - 1e-9);
          expect(p.x).toBeLessThanOrEqual(470 + 1e-9);
          expect(p.y).toBeGreaterThanOrEqual(30 - 1e-9);
          expect(p.y).toBeLessThanOrEqual(290 + 1e-9);
        }
      }),
      { seed: 424242, numRuns: 60 },
    );
  });

  it('puts linked nodes nearer each other than unlinked ones', () => {
    const p = new Map(layoutNetwork(star, 600, 400, 3).map((q) => [q.id, q]));
    const dist = (a: string, b: string) =>
      Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);
    const linked = ['a', 'b', 'c', 'd'].map((id) => dist('hub', id));
    expect(Math.max(...linked)).toBeLessThan(dist('hub', 'far'));
  });

  it('centres a single node and returns nothing for none', () => {
    expect(layoutNetwork({ nodes: [{ id: 'x', events: 1 }], links: [] }, 200, 100, 1)).toEqual([
      { id: 'x', x: 100, y: 50 },
    ]);
    expect(layoutNetwork({ nodes: [], links: [] }, 200, 100, 1)).toEqual([]);
  });
});

describe('labelAnchor', () => {
  it('anchors left-to-right labels at their start on the right, at their end on the left', () => {
    expect(labelAnchor('right', false)).toBe('start');
    expect(labelAnchor('left', false)).toBe('end');
  });
  it('mirrors for right-to-left labels, whose start is their right edge', () => {
    expect(labelAnchor('right', true)).toBe('end');
    expect(labelAnchor('left', true)).toBe('start');
  });
});
