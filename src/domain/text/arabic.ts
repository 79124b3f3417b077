/**
 * Arabic text normalisation for matching (never for display).
 * Folds the spelling variation news text shows: hamza and alef forms, ta marbuta,
 * alef maqsura, tatweel and diacritics; Latin letters are lower-cased.
 */

const DROP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/; // diacritics, Quranic marks, tatweel
const FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ؤ: 'و',
  ئ: 'ي',
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
};

/** True for characters that are part of a word: letters, digits, diacritics, tatweel. */
export function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}\p{M}\u0640]/u.test(ch);
}

/** The matching form of one character: '' when it is dropped. */
export function foldChar(ch: string): string {
  if (DROP.test(ch)) return '';
  return FOLD[ch] ?? ch.toLowerCase();
}

/** The matching form of a string. */
export function normalizeArabic(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

export interface Token {
  /** Offsets of the token in the original text (UTF-16 indices). */
  start: number;
  end: number;
  /** The normalised form. */
  norm: string;
  /** For each character of `norm`, its offset in the original text. */
  offsets: number[];
}

/** Splits text into word tokens, each with its normalised form and offset map. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let current: Token | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (isWordChar(ch)) {
      current ??= { start: i, end: i, norm: '', offsets: [] };
      const folded = foldChar(ch);
      for (const f of folded) {
        current.norm += f;
        current.offsets.push(i);
      }
      current.end = i + 1;
    } else if (current) {
      tokens.push(current);
      current = null;
    }
  }
  if (current) tokens.push(current);
  return tokens.filter((t) => t.norm.length > 0);
}
