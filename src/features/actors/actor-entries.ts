import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { ActorEntry } from './actor-entry';

/** Every actor of the corpus with its event, visible-event and mention counts. */
export function actorEntries(
  index: CorpusIndex,
  visibleEventIds: ReadonlySet<string>,
): ActorEntry[] {
  return index.corpus.actors.map((actor) => {
    const ids = index.eventsByActor.get(actor.id) ?? [];
    let visible = 0;
    for (const id of ids) if (visibleEventIds.has(id)) visible++;
    return {
      actor,
      events: ids.length,
      visible,
      mentions: index.mentionCounts.get(actor.id) ?? 0,
    };
  });
}
