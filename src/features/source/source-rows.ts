import type { CorpusDocument } from '../../domain/corpus/schema';

/** One line of the reader: an Arabic passage of the text and its English translation. */
export interface SourceRow {
  start: number;
  end: number;
  /** The English translation, or null for text no sentence covers. */
  en: string | null;
  /** Index of the sentence in `document.sentences`, or null for uncovered text. */
  sentence: number | null;
}

/** Rows separated in the text by a line break. */
export type SourceParagraph = SourceRow[];

/**
 * The document's text as paragraphs of sentence rows, in text order. A line break between
 * two sentences starts a new paragraph. Text that no sentence covers (should the pipeline
 * ever leave some) is not lost: each of its lines becomes a row without a translation.
 */
export function sourceRows(doc: Pick<CorpusDocument, 'text' | 'sentences'>): SourceParagraph[] {
  const { text } = doc;
  const paragraphs: SourceParagraph[] = [[]];
  const current = (): SourceParagraph => paragraphs[paragraphs.length - 1] as SourceParagraph;
  const breakParagraph = () => {
    if (current().length > 0) paragraphs.push([]);
  };
  /** Text between sentences: line breaks start paragraphs, words become untranslated rows. */
  const gap = (from: number, to: number) => {
    let i = from;
    while (i < to) {
      if (text.charAt(i) === '\n') {
        breakParagraph();
        i++;
        continue;
      }
      let j = i;
      while (j < to && text.charAt(j) !== '\n') j++;
      const line = text.slice(i, j);
      const body = line.trim();
      if (body) {
        const start = i + line.length - line.trimStart().length;
        current().push({ start, end: start + body.length, en: null, sentence: null });
      }
      i = j;
    }
  };

  const order = doc.sentences
    .map((s, index) => ({ ...s, index }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let pos = 0;
  for (const s of order) {
    const start = Math.max(s.start, pos);
    const end = Math.min(s.end, text.length);
    if (start >= end) continue;
    gap(pos, start);
    current().push({ start, end, en: s.en, sentence: s.index });
    pos = end;
  }
  gap(pos, text.length);
  return paragraphs.filter((p) => p.length > 0);
}
