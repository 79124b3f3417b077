/** An id from English words: lower case, hyphens ("al-Sharif" → "al-sharif"). */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
