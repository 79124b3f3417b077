/**
 * Text from the corpus or the user placed among other words, wrapped in FIRST STRONG ISOLATE …
 * POP DIRECTIONAL ISOLATE (Unicode bidi): an Arabic name then cannot reorder an English
 * sentence (or the reverse), and a right-to-left override (U+202E) in one name cannot reverse
 * the names after it.
 */
const FSI = '\u2068';
const PDI = '\u2069';

export function isolate(text: string): string {
  return FSI + text + PDI;
}

/**
 * Names joined into one text, each isolated when there are several ("\u202EAKAR; Yaşar Güler"
 * would otherwise read "relüG raşaY ;RAKA"). A single name is left as it is.
 */
export function joinIsolated(names: readonly string[], separator: string): string {
  return names.length < 2 ? names.join('') : names.map(isolate).join(separator);
}
