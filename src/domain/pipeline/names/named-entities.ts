/** The actors and places as the mention finder takes them, with their name rules applied. */
import type { NamedEntity } from '../text/find-mentions';
import type { NameRules } from './name-rules';
import type { Actor, Place } from '../../corpus/schema';

export function namedEntities(
  actors: readonly Actor[],
  places: readonly Place[],
  rules: NameRules,
): NamedEntity[] {
  const transliterated = new Set(rules.transliterated.entities);
  return [...actors, ...places].map((x) => {
    const ambiguous = rules.ambiguous.filter((r) => r.entity === x.id);
    return {
      id: x.id,
      names: [x.name.ar, ...x.aliases.ar],
      ...(transliterated.has(x.id) ? { transliterated: true } : {}),
      ...(ambiguous.length > 0 ? { ambiguous } : {}),
    };
  });
}
