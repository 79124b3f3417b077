import type { Mention } from '../../domain/corpus/schema';

/** A piece of a document's text with one mention (or none) and one evidence span (or none). */
export interface TextSegment {
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  /**
   * The mention this piece belongs to, or null. A mention cut by an evidence boundary gives
   * several consecutive pieces that share the same Mention object.
   */
  mention: Mention | null;
  /** Index in `evidenceSpans` of the first span covering this piece, or null. */
  evidence: number | null;
}

interface Range {
  start: number;
  end: number;
}

/**
 * Splits `text.slice(start, end)` (a sentence, say) into pieces at every mention and
 * evidence boundary, so that a view can draw mentions as buttons and evidence as marks.
 *
 * - Offsets are UTF-16 indices into `text`; ranges are half-open. Mentions and spans that
 *   reach outside [start, end) are clipped to it; empty or inverted ones are ignored.
 * - Mentions may not nest in the output: where mentions overlap, the one that starts first
 *   wins (the longer one when they start together) and the others are dropped whole.
 * - Evidence spans may overlap each other and mentions freely; a piece reports the first
 *   span (lowest index) that covers it.
 * - The pieces cover [start, end) exactly, in order; neighbours always differ in mention or
 *   evidence.
 */
export function segmentText(
  text: string,
  start: number,
  end: number,
  mentions: readonly Mention[],
  evidenceSpans: readonly Range[],
): TextSegment[] {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  if (from >= to) return [];
  const clip = (r: Range): Range => ({
    start: Math.max(r.start, from),
    end: Math.min(r.end, to),
  });

  const candidates = mentions
    .filter((m) => m.start < m.end)
    .map((mention) => ({ mention, ...clip(mention) }))
    .filter((c) => c.start < c.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: typeof candidates = [];
  let taken = from;
  for (const c of candidates) {
    if (c.start < taken) continue;
    chosen.push(c);
    taken = c.end;
  }

  const spans = evidenceSpans
    .map((span, index) => (span.start < span.end ? { index, ...clip(span) } : null))
    .filter((s): s is Range & { index: number } => s !== null && s.start < s.end);

  const cuts = new Set<number>([from, to]);
  for (const r of [...chosen, ...spans]) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const mention = chosen.find((c) => c.start <= a && a < c.end)?.mention ?? null;
    let evidence: number | null = null;
    for (const s of spans) {
      if (s.start <= a && a < s.end && (evidence === null || s.index < evidence)) {
        evidence = s.index;
      }
    }
    const last = segments[segments.length - 1];
    if (last && last.mention === mention && last.evidence === evidence) {
      last.end = b;
      last.text = text.slice(last.start, b);
    } else {
      segments.push({ start: a, end: b, text: text.slice(a, b), mention, evidence });
    }
  }
  return segments;
}
