/**
 * The folded words of a text, without offsets: the fast path for building the index
 * (searchTokens gives the same words with their offsets). `forEachSearchWord` reads
 * text[from, to) without copying it; a word whose characters all fold to themselves is cut
 * out of the text as it is, others are built character by character.
 */
import { searchFoldChar } from './fold';

/** Per UTF-16 code unit (not surrogates): not seen yet, between words, folds to itself, other. */
const UNSEEN = 0;
const SEPARATOR = 1;
const SAME = 2;
const OTHER = 3;
const KIND = new Uint8Array(0x10000);
/** The folded form of the units of kind OTHER ('' when dropped). */
const FOLDED: string[] = new Array<string>(0x10000).fill('');

function kindOf(code: number): number {
  let kind = KIND[code] as number;
  if (kind === UNSEEN) {
    const ch = String.fromCharCode(code);
    const folded = searchFoldChar(ch);
    if (folded === null) kind = SEPARATOR;
    else if (folded === ch) kind = SAME;
    else {
      kind = OTHER;
      FOLDED[code] = folded;
    }
    KIND[code] = kind;
  }
  return kind;
}

export function forEachSearchWord(
  text: string,
  from: number,
  to: number,
  visit: (word: string) => void,
): void {
  let start = -1; // where the current word starts in text, or -1 between words
  let built: string | null = null; // the word so far when it differs from text[start, i)
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    let width = 1;
    let folded: string | null;
    let same: boolean;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      // A code point outside the BMP (or a lone surrogate) goes through the per-character fold.
      const next = text.charCodeAt(i + 1);
      width = next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      const ch = text.slice(i, i + width);
      folded = searchFoldChar(ch);
      same = folded === ch;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const ch = text[i] as string;
      folded = searchFoldChar(ch);
      same = folded === ch;
    } else {
      const kind = kindOf(code);
      folded = kind === SEPARATOR ? null : (FOLDED[code] as string); // '' for SAME: not used
      same = kind === SAME;
    }
    if (folded === null) {
      if (start >= 0) {
        const word = built ?? text.slice(start, i);
        if (word) visit(word);
      }
      start = -1;
      built = null;
    } else {
      if (start < 0) start = i;
      if (built !== null) built += same ? text.slice(i, i + width) : folded;
      else if (!same) built = text.slice(start, i) + folded;
    }
    i += width;
  }
  if (start >= 0) {
    const word = built ?? text.slice(start, to);
    if (word) visit(word);
  }
}

export function searchWords(text: string): string[] {
  const words: string[] = [];
  forEachSearchWord(text, 0, text.length, (word) => words.push(word));
  return words;
}
