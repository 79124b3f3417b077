/**
 * The ranges of a text to highlight for a query: every occurrence of the query words in the
 * text's words (or in those words without their clitics), mapped back from the folded form to
 * the original string, sorted and merged.
 */
import type { Token } from '../text/arabic';
import { cliticForms } from './clitics';
import { matchTerm } from './match';
import { searchTokens } from './tokens';
import type { TextRange } from './types';

export interface RangeTarget {
  /** A folded query word, or one of its forms without clitics. */
  term: string;
  /** Whether the term may match inside a word (not only as the word or its start). */
  allowSubstring: boolean;
}

/** The original range of the folded characters [from, to) of a token. */
function toOriginal(token: Token, from: number, to: number): TextRange {
  const start = token.offsets[from] as number;
  const last = token.offsets[to - 1] as number;
  // Extend over what was dropped after the last character (its diacritics, a tatweel).
  let k = to;
  while (k < token.offsets.length && token.offsets[k] === last) k++;
  const end = k < token.offsets.length ? (token.offsets[k] as number) : token.end;
  return { start, end };
}

function merge(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

export function searchRanges(text: string, targets: readonly RangeTarget[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const token of searchTokens(text)) {
    const forms = [{ term: token.norm, at: 0 }, ...cliticForms(token.norm)];
    for (const target of targets)
      for (const form of forms) {
        const m = matchTerm(form.term, target.term, target.allowSubstring);
        if (!m) continue;
        const from = form.at + m.pos;
        const to = Math.min(from + target.term.length, token.norm.length);
        ranges.push(toOriginal(token, from, to));
        break;
      }
  }
  return merge(ranges);
}
