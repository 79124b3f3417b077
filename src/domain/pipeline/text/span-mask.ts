/**
 * Which characters of a text some spans cover, so that "does this span overlap any of those"
 * costs the span's length, not the number of spans (a long article has thousands).
 */
export interface SpanMask {
  covers(span: { start: number; end: number }): boolean;
  add(span: { start: number; end: number }): void;
}

export function spanMask(
  length: number,
  spans: Iterable<{ start: number; end: number }> = [],
): SpanMask {
  const marks = new Uint8Array(length + 1);
  const mask: SpanMask = {
    covers({ start, end }) {
      for (let i = Math.max(0, start); i < end && i < marks.length; i++) if (marks[i]) return true;
      return false;
    },
    add({ start, end }) {
      marks.fill(1, Math.max(0, start), Math.min(end, marks.length));
    },
  };
  for (const s of spans) mask.add(s);
  return mask;
}
