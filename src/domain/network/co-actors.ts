/**
 * Who appears alongside an actor: the other actors of the events the actor takes part in,
 * with the number of events they share, most shared first (then by id, so the order is stable).
 */
import type { CorpusIndex } from '../corpus/corpus-index';

export interface CoActor {
  id: string;
  /** Number of events both actors take part in. */
  count: number;
}

/**
 * The actors who share events with `actorId`, optionally counting only the events in
 * `eventIds` (e.g. those left by the other filters). The actor itself is never listed.
 */
export function coActors(
  index: CorpusIndex,
  actorId: string,
  eventIds?: ReadonlySet<string>,
): CoActor[] {
  const counts = new Map<string, number>();
  for (const eventId of index.eventsByActor.get(actorId) ?? []) {
    if (eventIds && !eventIds.has(eventId)) continue;
    const event = index.eventsById.get(eventId);
    if (!event) continue;
    for (const id of new Set(event.actors.map((a) => a.id))) {
      if (id !== actorId) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
