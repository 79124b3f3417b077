/** A URL key's limit on the corpus name (UTF-16 code units), as in url-state/keys.ts. */
const MAX_LENGTH = 80;
const NOT_ALLOWED = /[^\p{L}\p{M}\p{N} ._-]+/gu;
const FALLBACK = 'corpus';

/**
 * The name a user's corpus file goes by in the interface and in the URL (`corpus=<name>`):
 * the file name with characters the URL key does not allow replaced by `-`, starting with a
 * letter or digit, at most 80 code units. Always a valid `corpus` value.
 */
export function corpusSourceName(fileName: string): string {
  const cleaned = fileName
    .normalize('NFC')
    .replace(NOT_ALLOWED, '-')
    .replace(/\s+/gu, ' ')
    .replace(/^[^\p{L}\p{N}]+/u, '');
  let name = '';
  for (const char of cleaned) {
    if (name.length + char.length > MAX_LENGTH) break;
    name += char;
  }
  name = name.trimEnd();
  return name === '' ? FALLBACK : name;
}
