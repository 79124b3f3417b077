/**
 * Word tokens for search, each with its folded form and, for every folded character, its
 * offset in the original string (the technique of tokenize() in arabic.ts, with the search
 * folding of searchFoldChar and whole code points).
 */
import type { Token } from '../text/arabic';
import { searchFoldChar } from './fold';

export function searchTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let current: Token | null = null;
  let i = 0;
  for (const ch of text) {
    const folded = searchFoldChar(ch);
    if (folded !== null) {
      current ??= { start: i, end: i, norm: '', offsets: [] };
      for (const f of folded) {
        current.norm += f;
        current.offsets.push(i);
      }
      current.end = i + ch.length;
    } else if (current) {
      if (current.norm) tokens.push(current);
      current = null;
    }
    i += ch.length;
  }
  if (current?.norm) tokens.push(current);
  return tokens;
}
