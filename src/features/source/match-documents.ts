import type { DocumentInfo } from '../../domain/corpus/split-schema';
import { searchWords } from '../../domain/search/words';
import { documentSearchKey, documentSearchKeys } from './document-search-keys';

export interface DocumentMatches {
  /** The first documents (e.g. the selected event's) that match, in their order. */
  first: readonly DocumentInfo[];
  /** Other matches, at most `limit` minus `first.length`: see matchDocuments for the order. */
  others: readonly DocumentInfo[];
  /** Every matching document, shown or not. */
  total: number;
}

/** Every query word occurs in the key (anywhere: "تركي" finds "التركي"). */
function contains(key: string, words: readonly string[]): boolean {
  for (const word of words) if (!key.includes(word)) return false;
  return true;
}

/** Every query word begins a word of the key ("def" in "… defence …"). */
function startsWords(key: string, words: readonly string[]): boolean {
  for (const word of words) if (!key.startsWith(word) && !key.includes(` ${word}`)) return false;
  return true;
}

/**
 * The documents whose titles (English or Arabic) match a typed query, at most `limit` of them.
 * The query is folded like the titles (case, accents, Arabic spelling variants); a document
 * matches when every word of the query occurs in its titles. `first` come first (those that
 * match); then the documents where every query word begins a word, then the rest, each in
 * corpus order. An empty query matches every document. The work is one pass over the
 * documents' keys (computed once per documents array).
 */
export function matchDocuments(
  documents: readonly DocumentInfo[],
  query: string,
  first: readonly DocumentInfo[],
  limit: number,
): DocumentMatches {
  const words = searchWords(query);
  const firstIds = new Set(first.map((doc) => doc.id));
  const shownFirst = first
    .filter((doc) => words.length === 0 || contains(documentSearchKey(doc), words))
    .slice(0, limit);
  const room = limit - shownFirst.length;
  const best: DocumentInfo[] = [];
  const rest: DocumentInfo[] = [];
  let total = shownFirst.length;
  if (words.length === 0) {
    for (const doc of documents) {
      if (firstIds.has(doc.id)) continue;
      total += 1;
      if (best.length < room) best.push(doc);
    }
  } else {
    const keys = documentSearchKeys(documents);
    documents.forEach((doc, i) => {
      const key = keys[i] ?? '';
      if (!contains(key, words) || firstIds.has(doc.id)) return;
      total += 1;
      if (best.length >= room && rest.length >= room) return;
      if (startsWords(key, words)) {
        if (best.length < room) best.push(doc);
      } else if (rest.length < room) rest.push(doc);
    });
  }
  return { first: shownFirst, others: best.concat(rest).slice(0, room), total };
}
