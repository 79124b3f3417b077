import { normalizeArabic } from '../../domain/text/arabic';

/**
 * The form of a name that a typed query is matched against: Arabic spelling variants folded
 * (hamza and alef forms, ta marbuta, diacritics, tatweel), Latin lower-cased and without
 * accents (Güler → guler, Çavuşoğlu → cavusoglu), punctuation read as a space.
 */
export function foldForSearch(text: string): string {
  return normalizeArabic(text.normalize('NFD'))
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
