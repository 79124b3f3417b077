/**
 * How a folded query word matches a folded term (a word of the text, or one of its forms
 * without clitics): 0 exact, 1 prefix, 2 substring; null when it does not.
 */

export type Tier = 0 | 1 | 2;

export interface TermMatch {
  tier: Tier;
  /** Where the word starts in the term. */
  pos: number;
}

/** Substring matches need a word of at least this many letters (one letter matches everything). */
const MIN_SUBSTRING = 2;

export function matchTerm(term: string, word: string, allowSubstring: boolean): TermMatch | null {
  if (term === word) return { tier: 0, pos: 0 };
  if (term.startsWith(word)) return { tier: 1, pos: 0 };
  if (!allowSubstring || word.length < MIN_SUBSTRING) return null;
  const pos = term.indexOf(word);
  return pos < 0 ? null : { tier: 2, pos };
}
