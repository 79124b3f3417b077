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

const NEWLINE = 10;
const SPACE = /\s/;

/** Whether the code unit at `i` is white space as String.prototype.trim takes it. */
function isSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 32) return true;
  if (code > 32 && code < 127) return false;
  return SPACE.test(text.charAt(i));
}

/**
 * The indices of `sentences` in text order (by start, then end). The pipeline writes them in
 * order, so that is checked first: a document of 100,000 sentences is then not copied or sorted.
 */
function sentenceOrder(sentences: CorpusDocument['sentences']): Uint32Array {
  const order = new Uint32Array(sentences.length);
  let sorted = true;
  for (let i = 0; i < sentences.length; i++) {
    order[i] = i;
    const a = sentences[i - 1];
    const b = sentences[i] as CorpusDocument['sentences'][number];
    if (a && (a.start > b.start || (a.start === b.start && a.end > b.end))) sorted = false;
  }
  if (sorted) return order;
  const by = (i: number) => sentences[i] as CorpusDocument['sentences'][number];
  return order.sort((a, b) => by(a).start - by(b).start || by(a).end - by(b).end || a - b);
}

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
  /**
   * Text between sentences: line breaks start paragraphs, words become untranslated rows
   * (each line without the white space at its ends). Read code by code: between most
   * sentences there is a single space, and 100,000 sentences mean 100,000 gaps.
   */
  const gap = (from: number, to: number) => {
    let i = from;
    while (i < to) {
      if (text.charCodeAt(i) === NEWLINE) {
        breakParagraph();
        i++;
      } else if (isSpace(text, i)) {
        i++;
      } else {
        let j = i;
        while (j < to && text.charCodeAt(j) !== NEWLINE) j++;
        let end = j;
        while (isSpace(text, end - 1)) end--;
        current().push({ start: i, end, en: null, sentence: null });
        i = j;
      }
    }
  };

  const order = sentenceOrder(doc.sentences);
  let pos = 0;
  for (const index of order) {
    const s = doc.sentences[index] as CorpusDocument['sentences'][number];
    const start = Math.max(s.start, pos);
    const end = Math.min(s.end, text.length);
    if (start >= end) continue;
    if (start > pos) gap(pos, start);
    current().push({ start, end, en: s.en, sentence: index });
    pos = end;
  }
  gap(pos, text.length);
  return paragraphs.filter((p) => p.length > 0);
}
