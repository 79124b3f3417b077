/**
 * Who meets whom: the actors of a set of events as a network. Two actors are linked when they
 * take part in the same event; a link's weight is the number of events they share. Only the
 * `maxActors` actors with the most events are kept (ties by id), so the picture stays readable.
 * Deterministic: nodes by events (most first) then id, links by weight then ids.
 */
import type { CorpusIndex } from '../corpus/corpus-index';

interface NetworkNode {
  id: string;
  /** Events (among those given) the actor takes part in. */
  events: number;
}

interface NetworkLink {
  /** The two actors, source < target by id. */
  source: string;
  target: string;
  /** Events both take part in. */
  weight: number;
}

export interface CoOccurrenceNetwork {
  nodes: NetworkNode[];
  links: NetworkLink[];
  /** Actors with at least one event before the cut to maxActors. */
  totalActors: number;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function coOccurrenceNetwork(
  index: CorpusIndex,
  eventIds: ReadonlySet<string>,
  maxActors = 50,
): CoOccurrenceNetwork {
  const events = index.events.filter((e) => eventIds.has(e.id));
  const counts = new Map<string, number>();
  const casts: string[][] = [];
  for (const event of events) {
    const cast = [...new Set(event.actors.map((a) => a.id))]
      .filter((id) => index.actorsById.has(id))
      .sort(byId);
    casts.push(cast);
    for (const id of cast) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const nodes = [...counts]
    .map(([id, n]) => ({ id, events: n }))
    .sort((a, b) => b.events - a.events || byId(a.id, b.id))
    .slice(0, Math.max(0, maxActors));
  const kept = new Set(nodes.map((n) => n.id));
  const weights = new Map<string, NetworkLink>();
  for (const cast of casts) {
    const inside = cast.filter((id) => kept.has(id));
    for (let i = 0; i < inside.length; i++)
      for (let j = i + 1; j < inside.length; j++) {
        const source = inside[i] as string;
        const target = inside[j] as string;
        const key = `${source}\u0000${target}`;
        const link = weights.get(key);
        if (link) link.weight++;
        else weights.set(key, { source, target, weight: 1 });
      }
  }
  const links = [...weights.values()].sort(
    (a, b) => b.weight - a.weight || byId(a.source, b.source) || byId(a.target, b.target),
  );
  return { nodes, links, totalActors: counts.size };
}
