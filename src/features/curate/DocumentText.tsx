import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentReview, ReviewSpan } from '../../domain/curation/curate-review';
import type { Language } from '../../i18n/i18n';

/** What the text shows marked: the sentences (evidence) and the words (a cue, a name). */
export interface Highlight {
  rows: ReviewSpan[];
  words: ReviewSpan[];
}

const overlaps = (a: ReviewSpan, b: ReviewSpan) => a.start < b.end && b.start < a.end;

/** A sentence's text with the given words marked, as the source reader marks evidence. */
function marked(text: string, row: ReviewSpan, words: readonly ReviewSpan[]) {
  const inside = words
    .filter((w) => overlaps(w, row))
    .map((w) => ({ start: Math.max(w.start, row.start), end: Math.min(w.end, row.end) }))
    .sort((a, b) => a.start - b.start);
  const out: (string | { mark: string; at: number })[] = [];
  let at = row.start;
  for (const w of inside) {
    if (w.start < at) continue;
    if (w.start > at) out.push(text.slice(at, w.start));
    out.push({ mark: text.slice(w.start, w.end), at: w.start });
    at = w.end;
  }
  if (at < row.end) out.push(text.slice(at, row.end));
  return out.map((part) =>
    typeof part === 'string' ? (
      part
    ) : (
      <mark key={part.at} data-evidence="">
        {part.mark}
      </mark>
    ),
  );
}

/** The document's cleaned text, one row a sentence, with the chosen draft's evidence marked. */
export function DocumentText({
  review,
  highlight,
  lang,
}: {
  review: DocumentReview;
  highlight: Highlight | null;
  lang: Language;
}) {
  const { t } = useTranslation('curate', { lng: lang });
  const box = useRef<HTMLElement>(null);
  const rows = highlight?.rows ?? [];
  const words = highlight?.words ?? [];
  const first = rows[0] ?? words[0];

  useEffect(() => {
    const el = box.current;
    if (!el || !first) return;
    // Only when the text scrolls beside the drafts (a wide screen): on a phone it is below them.
    if (el.scrollHeight <= el.clientHeight) return;
    const row = el.querySelector<HTMLElement>(`[data-start="${first.start}"], .is-evidence`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [first]);

  return (
    // Focusable: on a wide screen it scrolls on its own, and the keyboard must reach it.
    <section className="curate__text" ref={box} aria-labelledby="curate-text-heading" tabIndex={0}>
      <h2 id="curate-text-heading" className="curate__section-heading">
        {t('text')}
      </h2>
      {review.text === '' ? <p>{t('noText')}</p> : null}
      <div lang="ar" dir="rtl">
        {review.sentences.map((s) => {
          const isEvidence = rows.some((r) => overlaps(r, s));
          const hasWords = words.some((w) => overlaps(w, s));
          return (
            <div
              key={s.start}
              data-start={hasWords ? words.find((w) => overlaps(w, s))?.start : undefined}
              className={isEvidence || hasWords ? 'source-row is-evidence' : 'source-row'}
            >
              <p className="source-row__ar">{marked(review.text, s, words)}</p>
            </div>
          );
        })}
      </div>
    </section>
  );
}
