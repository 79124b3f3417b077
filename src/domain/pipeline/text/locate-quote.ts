/**
 * Turning a quote into offsets: the quote must occur in the text exactly as written.
 */
export function locateQuote(
  text: string,
  quote: string,
  occurrence?: number,
): { start: number; end: number } | { error: string } {
  const q = quote.normalize('NFC');
  const positions: number[] = [];
  for (let i = text.indexOf(q); i !== -1; i = text.indexOf(q, i + 1)) positions.push(i);
  if (positions.length === 0) return { error: `quote not found in the text: «${quote}»` };
  if (occurrence === undefined && positions.length > 1) {
    return {
      error: `the quote occurs ${positions.length} times; say which with "occurrence" or quote more: «${quote}»`,
    };
  }
  const n = occurrence ?? 1;
  if (n > positions.length) {
    return { error: `the quote occurs ${positions.length} time(s), not ${n}: «${quote}»` };
  }
  const start = positions[n - 1] as number;
  return { start, end: start + q.length };
}
