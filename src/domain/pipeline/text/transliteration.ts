/**
 * Spelling tolerance for Arabic transliterations of foreign names, limited to three patterns
 * Arabic news writes both ways and an Arabic word rarely hides behind:
 * - G is written غ or ج (غولار / جولار, غوتيريش / جوتيريش; Egyptian ج is a hard g);
 * - Turkish Ş and Latin S(h) are written ش or س (غوتيريش / غوتيريس);
 * - a first syllable Ya- is written يا or ي (يشار / ياشار).
 * The first two keep a word's length (so offsets into the text stay exact): both sides of a
 * comparison are folded with looseForm. The third is a choice of spellings of the name itself
 * (yaVariants). Only names of entities marked `transliterated` get the tolerance.
 */

const LOOSE: Record<string, string> = { غ: 'ج', ش: 'س' };

/** A normalised word with غ→ج and ش→س, letter for letter. */
export function looseForm(norm: string): string {
  let out = '';
  for (const ch of norm) out += LOOSE[ch] ?? ch;
  return out;
}

/** The word and its other Ya- spelling, when it has one (both normalised). */
export function yaVariants(word: string): string[] {
  if (word.length >= 4 && word.startsWith('يا')) return [word, `ي${word.slice(2)}`];
  if (word.length >= 3 && word.startsWith('ي') && word[1] !== 'ا' && word[1] !== 'و')
    return [word, `يا${word.slice(1)}`];
  return [word];
}

/** Every spelling of a multi-word name the Ya- tolerance allows. */
export function nameVariants(words: readonly string[]): string[][] {
  let out: string[][] = [[]];
  for (const w of words) out = out.flatMap((prefix) => yaVariants(w).map((v) => [...prefix, v]));
  return out;
}
