/**
 * data/curation/name-rules.json: what the name lists of actors and places cannot say alone.
 *
 * - `transliterated`: entities whose Arabic names transliterate a foreign (Turkish, Latin)
 *   name. Their names are matched with the spelling tolerance of such transliterations
 *   (see transliteration.ts), never the names of other entities.
 * - `ambiguous`: a name that may mean someone or something else, with context rules: the word
 *   just before (`rejectAfter`) or just after (`rejectBefore`) the name that shows it is not
 *   this entity (داود أوغلو, طرابلس اللبنانية, جمعية الوفاق); and `flag` when a match that
 *   survives the rules still needs a person to decide (الجيش الليبي). Each says why (`note`)
 *   and from where it is known (`reference`).
 */
import { z } from 'zod';
import { normalizeArabic } from '../../text/arabic';

const ambiguousName = z.object({
  entity: z.string().min(1),
  name: z.string().min(1),
  rejectAfter: z.array(z.string().min(1)).default([]),
  rejectBefore: z.array(z.string().min(1)).default([]),
  flag: z.boolean().default(false),
  note: z.object({ ar: z.string().min(1), en: z.string().min(1) }),
  reference: z.string().min(1),
});
export type AmbiguousName = z.infer<typeof ambiguousName>;

export const nameRulesFile = z.object({
  transliterated: z.object({ entities: z.array(z.string().min(1)), reference: z.string().min(1) }),
  ambiguous: z.array(ambiguousName),
});
export type NameRules = z.infer<typeof nameRulesFile>;

export const NO_NAME_RULES: NameRules = {
  transliterated: { entities: [], reference: 'none' },
  ambiguous: [],
};

/** An ambiguous name in the normalised form the matcher compares. */
export interface CompiledAmbiguity {
  name: string;
  rejectAfter: ReadonlySet<string>;
  rejectBefore: ReadonlySet<string>;
  flag: boolean;
  note: { ar: string; en: string };
}

export function compileAmbiguity(rule: AmbiguousName): CompiledAmbiguity {
  const norm = (words: readonly string[]) => new Set(words.map(normalizeArabic));
  return {
    name: normalizeArabic(rule.name).replace(/\s+/g, ' '),
    rejectAfter: norm(rule.rejectAfter),
    rejectBefore: norm(rule.rejectBefore),
    flag: rule.flag,
    note: rule.note,
  };
}
