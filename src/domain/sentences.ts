/**
 * Sentence segmentation for Arabic news text.
 * A sentence ends at a line break or at one '.', '!', '?' or '؟' followed by white space.
 * Two or more dots (an ellipsis inside a quotation) do not end a sentence.
 */
export interface SentenceSpan {
  start: number;
  end: number;
}

export function segmentSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end > start) spans.push({ start, end });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
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
  return spans;
}
