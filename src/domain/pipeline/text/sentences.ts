/**
 * Sentence segmentation for Arabic news text. Sentences follow punctuation, not line breaks:
 * - a sentence ends at one '.', '!', '?' or '؟' followed by white space or the end (two or
 *   more dots, an ellipsis inside a quotation, do not end one);
 * - a blank line (a paragraph break) always ends one;
 * - a single line break after closing punctuation (also ':' and a closing quotation mark
 *   after it) ends one;
 * - a single line break with no punctuation before it is a guess: when the sentence began
 *   in the middle of that line (after another sentence's full stop) it is a hard wrap; else
 *   a short line (under SHORT_LINE characters: a heading such as «الحكومة الشرعية») ends the
 *   sentence, and a longer one is taken for a hard wrap inside the sentence, which goes on on
 *   the next line. Each guess is reported, so a person can check it.
 */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** A line break the segmenter had to decide about without punctuation to go by. */
export interface SegmentationGuess {
  /** Offset of the line break in the text. */
  offset: number;
  /** `end`: taken for the end of a sentence (a heading, a short last line); `wrap`: a hard wrap. */
  kind: 'end' | 'wrap';
  /** The line before the break. */
  line: string;
}

/** Lines shorter than this, without closing punctuation, are taken for headings. */
const SHORT_LINE = 40;

const CLOSING = /[.!?؟:…»”"'’)\]]$/u;

export function segmentSentencesWithGuesses(text: string): {
  spans: SentenceSpan[];
  guesses: SegmentationGuess[];
} {
  const spans: SentenceSpan[] = [];
  const guesses: SegmentationGuess[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end > start) spans.push({ start, end });
  };
  let start = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      const line = text.slice(lineStart, i).trim();
      const beganMidLine = start > lineStart && text.slice(lineStart, start).trim() !== '';
      lineStart = i + 1;
      const rest = text.slice(i + 1);
      const paragraph = /^[ \t]*(\n|$)/.test(rest);
      const pending = text.slice(start, i).trim();
      if (paragraph || pending === '' || CLOSING.test(line)) {
        push(start, i);
        start = i + 1;
      } else if (!beganMidLine && line.length < SHORT_LINE) {
        guesses.push({ offset: i, kind: 'end', line });
        push(start, i);
        start = i + 1;
      } else {
        guesses.push({ offset: i, kind: 'wrap', line });
      }
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '؟') {
      const prev = text[i - 1];
      const next = text[i + 1];
      const ellipsis = prev === '.' || next === '.';
      if (!ellipsis && (next === undefined || next === ' ' || next === '\n' || next === '\t')) {
        push(start, i + 1);
        start = i + 1;
      }
    }
  }
  push(start, text.length);
  return { spans, guesses };
}

export function segmentSentences(text: string): SentenceSpan[] {
  return segmentSentencesWithGuesses(text).spans;
}
