/** Wraps user text placed inside a sentence in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so an Arabic query does not reorder an English sentence (or the reverse). */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
