/**
 * The matching form of one character for search: the pipeline's Arabic folding
 * (normalizeArabic: hamza and alef forms, ta marbuta, alef maqsura, tatweel, diacritics,
 * Arabic-Indic digits, Latin case) plus, for Latin letters only, accents dropped
 * (Güler → guler, Çavuşoğlu → cavusoglu, İstanbul → istanbul). '' when the character is dropped.
 * Memoised per character: texts use few distinct characters.
 */
import { foldChar, isWordChar } from '../text/arabic';

const LATIN = /\p{Script=Latin}/u;

/** Folded form of each character seen, or null for a character that is not part of a word. */
const memo = new Map<string, string | null>();

function fold(ch: string): string {
  const folded = foldChar(ch);
  if (!LATIN.test(ch)) return folded;
  return folded.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
}

/** The search form of `ch` ('' when dropped), or null when `ch` separates words. */
export function searchFoldChar(ch: string): string | null {
  let folded = memo.get(ch);
  if (folded === undefined) {
    folded = isWordChar(ch) ? fold(ch) : null;
    memo.set(ch, folded);
  }
  return folded;
}
