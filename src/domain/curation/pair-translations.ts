/**
 * The English of each sentence of a document as the pipeline now segments it, carried over
 * from a translation file by its Arabic: a sentence keeps its English while its words are the
 * same, wherever it has moved (a debris line dropped, a sentence split); a sentence the file
 * does not have gets ''. Comparison is on NFC, as alignTranslations compares.
 */
export function pairTranslations(
  sentences: readonly string[],
  recorded: readonly { ar: string; en: string }[] | null,
): string[] {
  const byArabic = new Map<string, string[]>();
  for (const r of recorded ?? []) {
    const key = r.ar.normalize('NFC');
    const list = byArabic.get(key) ?? [];
    list.push(r.en);
    byArabic.set(key, list);
  }
  return sentences.map((s) => byArabic.get(s.normalize('NFC'))?.shift() ?? '');
}
