import type { Actor } from '../../domain/corpus/schema';
import type { ActorEntry } from './actor-entry';

const ORDER: readonly Actor['kind'][] = ['person', 'organization', 'media', 'state'];
const collators = new Map<string, Intl.Collator>();

export interface ActorGroup {
  kind: Actor['kind'];
  entries: ActorEntry[];
}

/**
 * The entries that `keep` accepts, grouped by kind (people, organisations, media, states;
 * empty groups left out), each group sorted by event count, most first, then by name in `lang`.
 */
export function groupActors(
  entries: readonly ActorEntry[],
  lang: 'ar' | 'en',
  keep: (entry: ActorEntry) => boolean = () => true,
): ActorGroup[] {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang);
    collators.set(lang, collator);
  }
  const byName = collator;
  return ORDER.map((kind) => ({
    kind,
    entries: entries
      .filter((e) => e.actor.kind === kind && keep(e))
      .sort(
        (a, b) =>
          b.events - a.events ||
          byName.compare(a.actor.name[lang], b.actor.name[lang]) ||
          (a.actor.id < b.actor.id ? -1 : 1),
      ),
  })).filter((g) => g.entries.length > 0);
}
