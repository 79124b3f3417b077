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
 *
 * An entity marked `transliterated` (a Turkish or Latin name) is matched with the spelling
 * tolerance of transliteration.ts (غ/ج, ش/س, يا/ي). A name marked ambiguous (name-rules.ts)
 * is rejected where the word before or after shows it means something else, and flagged for
 * a person to decide where its rule says so.
 */
import { tokenize, normalizeArabic, type Token } from '../../text/arabic';
import { compileAmbiguity, type AmbiguousName, type CompiledAmbiguity } from '../names/name-rules';
import type { Mention } from '../../corpus/schema';
import { looseForm, nameVariants } from './transliteration';

export interface NamedEntity {
  id: string;
  names: readonly string[];
  /** Match with the tolerance of transliterated foreign names. */
  transliterated?: boolean;
  /** Names of this entity that may mean something else, with their context rules. */
  ambiguous?: readonly Omit<AmbiguousName, 'entity' | 'reference'>[];
}

/** A mention an ambiguous name's rule asks a person to decide. */
export interface FlaggedMention extends Mention {
  name: string;
  note: { ar: string; en: string };
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
const RUN_TOGETHER_MIN = 6;

const BETWEEN_WORDS = /^[\s\u00A0\-–—()[\]“”"«»'‘’]*$/;

/** The normalised forms a name's first word may take with proclitics attached. */
function procliticForms(word: string): { form: string; prefixLength: number }[] {
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
  /** Compared with the loose form of the text's words (transliteration tolerance). */
  loose: boolean;
  ambiguity: CompiledAmbiguity | null;
}

function compile(entities: readonly NamedEntity[]): CompiledName[] {
  const compiled: CompiledName[] = [];
  for (const entity of entities) {
    const rules = (entity.ambiguous ?? []).map((r) =>
      compileAmbiguity({ entity: entity.id, reference: '-', ...r }),
    );
    const loose = entity.transliterated === true;
    for (const name of new Set(entity.names)) {
      const base = tokenize(name).map((t) => t.norm);
      const ambiguity = rules.find((r) => r.name === base.join(' ')) ?? null;
      const spellings = loose ? nameVariants(base).map((v) => v.map(looseForm)) : [base];
      for (const words of spellings) {
        if (words.length > 0)
          compiled.push({
            entity: entity.id,
            words,
            firstForms: procliticForms(words[0] as string),
            loose,
            ambiguity,
          });
        // A known multi-word name with its inner space missing: «الأممالمتحدة», «أبوحولية».
        const joined = words.join('');
        if (words.length > 1 && joined.length >= RUN_TOGETHER_MIN)
          compiled.push({
            entity: entity.id,
            words: [joined],
            firstForms: procliticForms(joined),
            loose,
            ambiguity,
          });
      }
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

/** `key` is the token's normalised form, or its loose form for a transliterated name. */
function matchFirst(
  key: string,
  forms: readonly { form: string; prefixLength: number }[],
  single: boolean,
): { start: number; endNorm: number } | null {
  for (const { form, prefixLength } of forms) {
    if (key === form) return { start: prefixLength, endNorm: key.length };
    if (single && key.startsWith(form) && RUN_ON_WORDS.has(key.slice(form.length))) {
      return { start: prefixLength, endNorm: form.length };
    }
  }
  return null;
}

function matchLast(key: string, word: string): number | null {
  if (key === word) return key.length;
  if (key.startsWith(word) && RUN_ON_WORDS.has(key.slice(word.length))) return word.length;
  return null;
}

/**
 * The names whose first word a token can be: equal to one of its proclitic forms, or (a
 * one-word name) such a form run into a following function word. Only these can match, so
 * a long text is not compared with every name at every word.
 */
function formIndex(names: readonly CompiledName[]): (key: string) => CompiledName[] {
  const byForm = new Map<string, CompiledName[]>();
  const singleByForm = new Map<string, CompiledName[]>();
  for (const name of names) {
    for (const { form } of name.firstForms) {
      byForm.set(form, [...(byForm.get(form) ?? []), name]);
      if (name.words.length === 1)
        singleByForm.set(form, [...(singleByForm.get(form) ?? []), name]);
    }
  }
  return (key) => {
    const found = new Set(byForm.get(key) ?? []);
    for (const word of RUN_ON_WORDS)
      if (key.length > word.length && key.endsWith(word))
        for (const name of singleByForm.get(key.slice(0, -word.length)) ?? []) found.add(name);
    return [...found];
  };
}

function nameIndex(names: readonly CompiledName[]): (token: Token) => CompiledName[] {
  const strict = formIndex(names.filter((n) => !n.loose));
  const loose = formIndex(names.filter((n) => n.loose));
  return (token) => [...strict(token.norm), ...loose(looseForm(token.norm))];
}

/** A word without the conjunction it may carry (وداود → داود). */
const withoutConjunction = (norm: string) => (/^[وف]/.test(norm) ? norm.slice(1) : norm);
const SPACE_ONLY = /^[\s\u00A0]+$/;

/** What the context rules of an ambiguous name say of a match of tokens i..i+n-1. */
function judge(
  text: string,
  tokens: readonly Token[],
  i: number,
  n: number,
  rule: CompiledAmbiguity,
): 'reject' | 'flag' | 'keep' {
  const prev = tokens[i - 1];
  const next = tokens[i + n];
  const first = tokens[i] as Token;
  const last = tokens[i + n - 1] as Token;
  if (prev && SPACE_ONLY.test(text.slice(prev.end, first.start))) {
    if (rule.rejectAfter.has(prev.norm) || rule.rejectAfter.has(withoutConjunction(prev.norm)))
      return 'reject';
  }
  if (next && SPACE_ONLY.test(text.slice(last.end, next.start))) {
    if (rule.rejectBefore.has(next.norm)) return 'reject';
  }
  return rule.flag ? 'flag' : 'keep';
}

export function findMentions(text: string, entities: readonly NamedEntity[]): Mention[] {
  return findMentionsAndFlags(text, entities).mentions;
}

/** The mentions, and among them those an ambiguous name's rule flags for a person. */
export function findMentionsAndFlags(
  text: string,
  entities: readonly NamedEntity[],
): { mentions: Mention[]; flagged: FlaggedMention[]; rejected: FlaggedMention[] } {
  const tokens = tokenize(text);
  const namesFor = nameIndex(compile(entities));
  const candidates: (Mention & { flag?: FlaggedMention })[] = [];
  const rejected: FlaggedMention[] = [];
  const looseKeys = new Map<number, string>();
  const keyOf = (k: number, loose: boolean): string => {
    const tok = tokens[k] as Token;
    if (!loose) return tok.norm;
    let key = looseKeys.get(k);
    if (key === undefined) looseKeys.set(k, (key = looseForm(tok.norm)));
    return key;
  };
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    for (const name of namesFor(first)) {
      const n = name.words.length;
      if (i + n > tokens.length) continue;
      const head = matchFirst(keyOf(i, name.loose), name.firstForms, n === 1);
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
        const key = keyOf(i + k, name.loose);
        const endNorm =
          k === n - 1
            ? matchLast(key, name.words[k] as string)
            : key === name.words[k]
              ? key.length
              : null;
        if (endNorm === null) ok = false;
        else endOffset = originalEnd(text, tok, endNorm);
      }
      if (!ok) continue;
      const verdict = name.ambiguity ? judge(text, tokens, i, n, name.ambiguity) : 'keep';
      const mention = {
        entity: name.entity,
        start: originalOffset(first, head.start),
        end: endOffset,
      };
      if (verdict === 'reject' && name.ambiguity) {
        rejected.push({ ...mention, name: name.ambiguity.name, note: name.ambiguity.note });
        continue;
      }
      candidates.push(
        verdict === 'flag' && name.ambiguity
          ? {
              ...mention,
              flag: {
                ...mention,
                name: name.ambiguity.name,
                note: name.ambiguity.note,
              },
            }
          : mention,
      );
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || (a.entity < b.entity ? -1 : 1));
  const mentions: Mention[] = [];
  const flagged: FlaggedMention[] = [];
  let lastEnd = -1;
  for (const { flag, ...c } of candidates) {
    if (c.start >= lastEnd) {
      mentions.push(c);
      if (flag) flagged.push(flag);
      lastEnd = c.end;
    }
  }
  // A rejected match inside an accepted mention (a shorter name of the same words) is moot.
  const kept = rejected.filter((r) => !mentions.some((m) => m.start <= r.start && r.end <= m.end));
  return { mentions, flagged, rejected: kept };
}
