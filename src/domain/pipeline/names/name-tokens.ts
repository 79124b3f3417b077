/**
 * Token helpers for finding names and happenings: the bare forms of a word once its
 * proclitics are taken off, and what may stand between two words of one phrase.
 */
import type { Token } from '../../text/arabic';

/** Proclitics a word may carry: و/ف, then ب/ل/ك (normalised forms). */
const PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

export interface Bare {
  /** The word without its proclitics. */
  base: string;
  /** How many normalised characters the proclitics take. */
  prefixLength: number;
  /** True when ل + ال was written لل: the word's article lost its alef. */
  contracted: boolean;
}

/**
 * Every reading of a token without proclitics, the unprefixed one first. ل + ال contracts
 * to لل (للدولة = ل + الدولة), which is read back as the word with its article.
 */
export function bareForms(norm: string): Bare[] {
  const out: Bare[] = [];
  for (const p of PREFIXES) {
    if (!norm.startsWith(p)) continue;
    const rest = norm.slice(p.length);
    if (rest.length < 2) continue;
    out.push({ base: rest, prefixLength: p.length, contracted: false });
    if (p.endsWith('ل') && rest.startsWith('ل') && rest.length > 2)
      out.push({ base: `ا${rest}`, prefixLength: p.length, contracted: true });
  }
  return out;
}

/** The first reading of the token that is in `set` (a set, or a map by word), or null. */
export function bareIn(token: Token, set: { has(word: string): boolean }): Bare | null {
  for (const b of bareForms(token.norm)) if (set.has(b.base)) return b;
  return null;
}

/** True for a word with the article (ال…, or لل… read as ل + ال…), after و/ف/ب. */
export function isDefinite(norm: string): boolean {
  return /^(?:[وف]?[ب]?ال|[وف]?لل)/.test(norm) && norm.length > 3;
}

/** Offset in the text where the token starts once `prefixLength` proclitic letters are skipped. */
export function startAfter(token: Token, prefixLength: number): number {
  return (token.offsets[prefixLength] ?? token.start) as number;
}

/** Spaces (and brackets) between two words: they may belong to one name. */
export const SPACE_GAP = /^[ \t\u00A0()]+$/;
/** Spaces, dashes and quotation marks: words of one organisation or outlet name. */
export const NAME_GAP = /^[ \t\u00A0\-–—“”"«»]+$/;
/** Spaces and commas: between a title's description and the name it introduces. */
export const DESCRIPTION_GAP = /^[ \t\u00A0،,]+$/;
