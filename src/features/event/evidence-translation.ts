import type { CorpusDocument, Span } from '../../domain/corpus/schema';

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

/**
 * The Arabic of the sentence or sentences that hold a span of evidence, cut around it: what the
 * English translation (of the whole sentence) translates. `before` and `after` are empty when
 * the evidence is the whole sentence.
 */
export function evidenceContext(
  doc: Pick<CorpusDocument, 'sentences' | 'text'>,
  span: Pick<Span, 'start' | 'end'>,
): { before: string; quote: string; after: string } {
  const end = Math.max(span.end, span.start + 1);
  const covering = doc.sentences.filter((s) => s.start < end && span.start < s.end);
  const from = Math.min(span.start, ...covering.map((s) => s.start));
  const to = Math.max(span.end, ...covering.map((s) => s.end));
  return {
    before: doc.text.slice(from, span.start).trimStart(),
    quote: doc.text.slice(span.start, span.end),
    after: doc.text.slice(span.end, to).trimEnd(),
  };
}
