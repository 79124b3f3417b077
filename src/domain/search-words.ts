/**
 * The folded words of a text, without offsets: the fast path for building the index
 * (searchTokens gives the same words with their offsets).
 */
import { searchFoldChar } from './search-fold';

export function searchWords(text: string): string[] {
  const words: string[] = [];
  let current = '';
  for (const ch of text) {
    const folded = searchFoldChar(ch);
    if (folded !== null) current += folded;
    else if (current) {
      words.push(current);
      current = '';
    }
  }
  if (current) words.push(current);
  return words;
}
