/**
 * The forms of a (folded) Arabic word without its attached clitics: a conjunction و / ف,
 * a preposition ب / ك / ل and the article ال, including ل + ال written لل (للنمروش).
 *
 * Each form says where it starts in the word (`at`), so a match in the form maps back to the
 * word. A form that keeps the article after لل is written with ال ("للنمروش" → "النمروش") and
 * starts at the لل, which has the same length, so positions still map one to one.
 * Only forms of at least MIN_STEM letters are kept; the word itself is not listed.
 */

export interface CliticForm {
  term: string;
  /** Index in the word where `term` starts. */
  at: number;
}

const MIN_STEM = 3;
const ARABIC_LETTER = /^[\u0621-\u064A]/;
const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'];
const ARTICLES = ['', 'ال'];

/** Every prefix of clitics, longest first, with whether it ends in the article. */
const PREFIXES: { prefix: string; article: boolean }[] = [];
for (const conj of CONJUNCTIONS)
  for (const prep of PREPOSITIONS)
    for (const art of ARTICLES) {
      const prefix = prep === 'ل' && art === 'ال' ? `${conj}لل` : conj + prep + art;
      if (prefix) PREFIXES.push({ prefix, article: art !== '' });
    }
PREFIXES.sort((a, b) => b.prefix.length - a.prefix.length);

/** Forms of the words seen (a text repeats its words); cleared when it grows large. */
const memo = new Map<string, readonly CliticForm[]>();
const MEMO_SIZE = 200_000;
const NO_FORMS: readonly CliticForm[] = Object.freeze([]);

export function cliticForms(word: string): readonly CliticForm[] {
  if (!ARABIC_LETTER.test(word)) return NO_FORMS;
  let forms = memo.get(word);
  if (!forms) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    forms = Object.freeze(formsOf(word));
    memo.set(word, forms);
  }
  return forms;
}

function formsOf(word: string): CliticForm[] {
  const forms: CliticForm[] = [];
  const seen = new Set([word]);
  const add = (term: string, at: number) => {
    if (!seen.has(term)) {
      seen.add(term);
      forms.push({ term, at });
    }
  };
  for (const { prefix, article } of PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const stem = word.slice(prefix.length);
    if (stem.length < MIN_STEM) continue;
    add(stem, prefix.length);
    if (article) add(`ال${stem}`, prefix.length - 2);
  }
  return forms;
}
