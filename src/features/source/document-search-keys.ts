import type { DocumentInfo } from '../../domain/corpus/split-schema';
import { searchWords } from '../../domain/search/words';

/** Between the English and the Arabic title in a key: no folded query word contains it. */
const BETWEEN_TITLES = ' | ';

/**
 * The form of a document's titles that a typed query is matched against: both titles (English,
 * then Arabic) folded as the corpus search folds text (searchWords: Arabic hamza and alef forms,
 * ta marbuta, alef maqsura, tatweel and diacritics; Latin case and accents), words joined by
 * single spaces.
 */
export function documentSearchKey(doc: DocumentInfo): string {
  return searchWords(doc.title.en).join(' ') + BETWEEN_TITLES + searchWords(doc.title.ar).join(' ');
}

const cache = new WeakMap<readonly DocumentInfo[], readonly string[]>();

/**
 * The search key of every document, by position. Computed once per documents array (the
 * corpus never changes) and kept for as long as the array lives, so a picker that is mounted
 * again, or rendered again, does no work.
 */
export function documentSearchKeys(documents: readonly DocumentInfo[]): readonly string[] {
  let keys = cache.get(documents);
  if (!keys) {
    keys = documents.map(documentSearchKey);
    cache.set(documents, keys);
  }
  return keys;
}
