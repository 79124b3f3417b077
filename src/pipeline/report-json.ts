/**
 * The JSON document `npm run ingest -- FILE --json` prints: the report with the words of every
 * span written out beside its offsets, so a reader need not slice the text. Its JSON Schema is
 * docs/ingest-report.schema.json (made from ingest-report-schema.ts); described in the README
 * ("Adding a document").
 */
import type { ArticleReport } from '../domain/pipeline/analyse-article';

export const INGEST_JSON_VERSION = 1;

export function reportJson(
  report: ArticleReport,
  published: { start: string; end: string } | null,
): unknown {
  const words = (s: { start: number; end: number }) => report.text.slice(s.start, s.end);
  return {
    version: INGEST_JSON_VERSION,
    document: report.document,
    published,
    text: report.text,
    debrisRemoved: report.debrisRemoved,
    html: report.html.map((h) => ({ line: h.line, removed: h.removed, text: h.after })),
    sentences: report.sentences.map((s) => ({ ...s, text: words(s) })),
    guesses: report.guesses,
    mentions: report.mentions.map((m) => ({ ...m, words: words(m) })),
    flagged: report.flagged.map((m) => ({ ...m, words: words(m) })),
    rejected: report.rejected.map((m) => ({ ...m, words: words(m) })),
    dates: report.dates,
    names: report.names.map((p) => ({
      ...p,
      mentions: p.mentions.map((m) => ({ ...m, words: words(m) })),
    })),
    drafts: report.drafts.map((d) => ({
      ...d,
      cue: { ...d.cue, words: words(d.cue) },
      evidence: { ...d.evidence, quote: words(d.evidence) },
      date: {
        ...d.date,
        ...(d.date.expression
          ? { expression: { ...d.date.expression, words: words(d.date.expression) } }
          : {}),
      },
    })),
  };
}
