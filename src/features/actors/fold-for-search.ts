import { searchWords } from '../../domain/search/words';

/**
 * The form of a name that a typed query is matched against: the corpus search's folding
 * (searchFoldChar: Arabic spelling variants, Latin case and accents), its words joined by a
 * space, so punctuation reads as a space.
 */
export function foldForSearch(text: string): string {
  return searchWords(text).join(' ');
}
