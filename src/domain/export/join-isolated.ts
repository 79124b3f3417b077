/** First strong isolate and pop directional isolate (Unicode bidi). */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Names joined into one text, each isolated (FSI … PDI) when there are several: a name with a
 * right-to-left override (U+202E) or in another script then cannot reorder the names after it
 * ("\u202EAKAR; Yaşar Güler" would read "relüG raşaY ;RAKA"). A single name is left as it is.
 */
export function joinIsolated(names: readonly string[], separator: string): string {
  return names.length < 2 ? names.join('') : names.map((n) => FSI + n + PDI).join(separator);
}
