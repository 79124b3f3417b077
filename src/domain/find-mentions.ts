/**
 * Finding every mention of every actor and place in a document by its names and aliases.
 *
 * Names are compared token by token in their normalised form (see arabic.ts), so hamza and
 * alef forms, ta marbuta, alef maqsura, tatweel and diacritics do not matter. On top of that:
 * - the first word may carry proclitics: و or ف, then ب, ل or ك (والنمروش، بحكومة، لـحكومة);
 *   ل before the article ال contracts to لل (للنمروش = ل + النمروش);
 * - the last word may run into a following function word when a space is missing
 *   (الوفاقضد = الوفاق + ضد), but never into an arbitrary longer word;
 * - words of a name may be separated by spaces, dashes, brackets and quotation marks, not by
 *   commas or full stops; a multi-word name of at least RUN_TOGETHER_MIN letters may also be
 *   written with its spaces missing («الأممالمتحدة», «أبوحولية»).
 * When names overlap, the earliest and then the longest wins.
 */
import { tokenize, normalizeArabic, type Token } from './arabic';
import type { Mention } from './schema';

export interface NamedEntity {
  id: string;
  names: readonly string[];
}

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];

/** Function words that may follow a name with the space missing (normalised forms). */
export const RUN_ON_WORDS: ReadonlySet<string> = new Set(
  [
    'ضد',
    'في',
    'من',
    'على',
    'عن',
    'إلى',
    'مع',
    'بعد',
    'قبل',
    'بين',
    'عند',
    'حتى',
    'منذ',
    'التي',
    'الذي',
  ].map(normalizeArabic),
);

/** Shortest joined name matched without its inner spaces (shorter ones collide with words). */
export const RUN_TOGETHER_MIN = 6;

const BETWEEN_WORDS = /^[\s\u00A0\-–—()[\]“”"«»'‘’]*$/;

/** The normalised forms a name's first word may take with proclitics attached. */
export function procliticForms(word: string): { form: string; prefixLength: number }[] {
  const forms: { form: string; prefixLength: number }[] = [];
  for (const c of CONJUNCTIONS) {
    for (const p of PREPOSITIONS) {
      const prefix = c + p;
      if (p === 'ل' && word.startsWith('ال')) {
        // ل + ال → لل: the article's alef is dropped; the mention starts at the article's lam.
        forms.push({ form: prefix + word.slice(1), prefixLength: prefix.length });
      } else {
        forms.push({ form: prefix + word, prefixLength: prefix.length });
      }
    }
  }
  return forms;
}

interface CompiledName {
  entity: string;
  words: string[];
  /** procliticForms(words[0]), worked out once. */
  firstForms: { form: string; prefixLength: number }[];
}

function compile(entities: readonly NamedEntity[]): CompiledName[] {
  const compiled: CompiledName[] = [];
  for (const entity of entities) {
    for (const name of new Set(entity.names)) {
      const words = tokenize(name).map((t) => t.norm);
      if (words.length > 0)
        compiled.push({
          entity: entity.id,
          words,
          firstForms: procliticForms(words[0] as string),
        });
      // A known multi-word name with its inner space missing: «الأممالمتحدة», «أبوحولية».
      const joined = words.join('');
      if (words.length > 1 && joined.length >= RUN_TOGETHER_MIN)
        compiled.push({ entity: entity.id, words: [joined], firstForms: procliticForms(joined) });
    }
  }
  return compiled;
}

/** Where in `token` the normalised text `form` starts after `prefixLength` characters. */
function originalOffset(token: Token, normIndex: number): number {
  return normIndex < token.offsets.length ? (token.offsets[normIndex] as number) : token.end;
}

/** The offset just after the normalised character at normIndex - 1, including its marks. */
function originalEnd(text: string, token: Token, normEnd: number): number {
  if (normEnd >= token.norm.length) return token.end;
  let end = (token.offsets[normEnd - 1] as number) + 1;
  // Keep diacritics and tatweel that follow the last letter with it.
  while (end < token.end && normalizeArabic(text[end] as string) === '') end++;
  return end;
}

function matchFirst(
  token: Token,
  forms: readonly { form: string; prefixLength: number }[],
  single: boolean,
): { start: number; endNorm: number } | null {
  for (const { form, prefixLength } of forms) {
    if (token.norm === form) return { start: prefixLength, endNorm: token.norm.length };
    if (single && token.norm.startsWith(form) && RUN_ON_WORDS.has(token.norm.slice(form.length))) {
      return { start: prefixLength, endNorm: form.length };
    }
  }
  return null;
}

function matchLast(token: Token, word: string): number | null {
  if (token.norm === word) return token.norm.length;
  if (token.norm.startsWith(word) && RUN_ON_WORDS.has(token.norm.slice(word.length)))
    return word.length;
  return null;
}

/**
 * The names whose first word a token can be: equal to one of its proclitic forms, or (a
 * one-word name) such a form run into a following function word. Only these can match, so
 * a long text is not compared with every name at every word.
 */
function nameIndex(names: readonly CompiledName[]): (token: Token) => CompiledName[] {
  const byForm = new Map<string, CompiledName[]>();
  const singleByForm = new Map<string, CompiledName[]>();
  for (const name of names) {
    for (const { form } of name.firstForms) {
      byForm.set(form, [...(byForm.get(form) ?? []), name]);
      if (name.words.length === 1)
        singleByForm.set(form, [...(singleByForm.get(form) ?? []), name]);
    }
  }
  return (token) => {
    const found = new Set(byForm.get(token.norm) ?? []);
    for (const word of RUN_ON_WORDS)
      if (token.norm.length > word.length && token.norm.endsWith(word))
        for (const name of singleByForm.get(token.norm.slice(0, -word.length)) ?? [])
          found.add(name);
    return [...found];
  };
}

export function findMentions(text: string, entities: readonly NamedEntity[]): Mention[] {
  const tokens = tokenize(text);
  const namesFor = nameIndex(compile(entities));
  const candidates: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    for (const name of namesFor(first)) {
      const n = name.words.length;
      if (i + n > tokens.length) continue;
      const head = matchFirst(first, name.firstForms, n === 1);
      if (!head) continue;
      let ok = true;
      let endOffset = originalEnd(text, first, head.endNorm);
      for (let k = 1; k < n && ok; k++) {
        const prev = tokens[i + k - 1] as Token;
        const tok = tokens[i + k] as Token;
        if (!BETWEEN_WORDS.test(text.slice(prev.end, tok.start))) {
          ok = false;
          break;
        }
        const endNorm =
          k === n - 1
            ? matchLast(tok, name.words[k] as string)
            : tok.norm === name.words[k]
              ? tok.norm.length
              : null;
        if (endNorm === null) ok = false;
        else endOffset = originalEnd(text, tok, endNorm);
      }
      if (!ok) continue;
      candidates.push({
        entity: name.entity,
        start: originalOffset(first, head.start),
        end: endOffset,
      });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || (a.entity < b.entity ? -1 : 1));
  const mentions: Mention[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start >= lastEnd) {
      mentions.push(c);
      lastEnd = c.end;
    }
  }
  return mentions;
}
