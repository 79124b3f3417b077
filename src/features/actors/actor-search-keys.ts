import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { foldForSearch } from './fold-for-search';

/** For each actor id, its names and aliases in both languages, folded for matching. */
export function actorSearchKeys(index: CorpusIndex): Map<string, string> {
  const keys = new Map<string, string>();
  for (const actor of index.corpus.actors) {
    const names = [actor.name.ar, actor.name.en, ...actor.aliases.ar, ...actor.aliases.en];
    keys.set(actor.id, names.map(foldForSearch).join('\n'));
  }
  return keys;
}
