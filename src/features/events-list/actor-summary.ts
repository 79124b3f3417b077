import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { CorpusEvent } from '../../domain/corpus/schema';

/** The names of an event's first `max` actors in `lang`, and how many more there are. */
export function actorSummary(
  event: CorpusEvent,
  index: CorpusIndex,
  lang: 'ar' | 'en',
  max = 3,
): { names: string[]; more: number } {
  const ids = [...new Set(event.actors.map((a) => a.id))];
  return {
    names: ids.slice(0, max).map((id) => index.actorsById.get(id)?.name[lang] ?? id),
    more: Math.max(0, ids.length - max),
  };
}
