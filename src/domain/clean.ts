/**
 * Cleaning a source document: Unicode NFC, page debris removed, nothing else changed.
 */

/** Lines that web pages add around an article (comment forms and counters). */
export const COMMON_DEBRIS: readonly RegExp[] = [
  /^\s*\d{1,4}\s*$/, // a lone comment counter
  /^\s*اترك (?:رد|تعليقا|تعليقاً)\s*$/,
  /^\s*لن يتم نشر عنوان بريدك الإلكتروني\.?\s*$/,
  /^\s*الحقول الإلزامية مشار إليها بـ\s*\*?\s*$/,
];

export interface CleanResult {
  text: string;
  /** The lines that were removed, in order. */
  removed: string[];
  /** Debris lines named in the meta that were not found. */
  missing: string[];
}

export function cleanDocument(raw: string, debris: readonly string[] = []): CleanResult {
  const text = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  const wanted = new Set(debris.map((d) => d.normalize('NFC').trim()));
  const found = new Set<string>();
  const removed: string[] = [];
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (wanted.has(trimmed) || (trimmed && COMMON_DEBRIS.some((re) => re.test(line)))) {
      removed.push(trimmed);
      found.add(trimmed);
      continue;
    }
    kept.push(line);
  }
  const missing = [...wanted].filter((d) => !found.has(d));
  // Removing lines can leave runs of blank lines behind: collapse those and trim the ends.
  const joined = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: joined, removed, missing };
}
