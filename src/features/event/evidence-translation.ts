import type { CorpusDocument, Span } from '../../domain/schema';

/**
 * The English translation of the sentence or sentences that contain a span of evidence
 * (every sentence sharing at least one character with it, in text order), or null when no
 * sentence covers it.
 */
export function evidenceTranslation(
  doc: Pick<CorpusDocument, 'sentences'>,
  span: Pick<Span, 'start' | 'end'>,
): string | null {
  const end = Math.max(span.end, span.start + 1); // an empty span still sits in a sentence
  const parts = doc.sentences
    .filter((s) => s.start < end && span.start < s.end)
    .sort((a, b) => a.start - b.start)
    .map((s) => s.en);
  return parts.length > 0 ? parts.join(' ') : null;
}
