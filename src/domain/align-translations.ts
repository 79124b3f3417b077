/**
 * Pairing a document's sentences with their curated English translations.
 * The translation file lists each sentence's Arabic exactly as the pipeline segments it,
 * so a change in the text or in the segmentation is caught, not silently misaligned.
 */
import type { SentenceSpan } from './sentences';
import type { Sentence } from './schema';

export function alignTranslations(
  text: string,
  spans: readonly SentenceSpan[],
  translations: readonly { ar: string; en: string }[],
): { sentences: Sentence[]; problems: { path: string; message: string }[] } {
  const problems: { path: string; message: string }[] = [];
  const sentences: Sentence[] = [];
  spans.forEach((span, i) => {
    const ar = text.slice(span.start, span.end);
    const t = translations[i];
    if (!t) {
      problems.push({
        path: `[${i}]`,
        message: `missing translation for sentence ${i + 1}: «${ar}»`,
      });
    } else if (t.ar.normalize('NFC') !== ar) {
      problems.push({
        path: `[${i}].ar`,
        message: `does not match sentence ${i + 1} of the text: expected «${ar}», found «${t.ar}»`,
      });
    } else {
      sentences.push({ start: span.start, end: span.end, en: t.en });
    }
  });
  if (translations.length > spans.length) {
    problems.push({
      path: `[${spans.length}]`,
      message: `${translations.length - spans.length} translation(s) more than the ${spans.length} sentences of the text`,
    });
  }
  return { sentences, problems };
}
