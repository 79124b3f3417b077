import type { SearchField, SearchMatch } from '../../domain/search/types';

/** The first match of one of `fields`, in `lang` if there is one, else in any language. */
export function pickMatch(
  matches: readonly SearchMatch[],
  fields: readonly SearchField[],
  lang: 'ar' | 'en',
): SearchMatch | undefined {
  const candidates = matches.filter((m) => fields.includes(m.field));
  return candidates.find((m) => m.lang === lang) ?? candidates[0];
}
