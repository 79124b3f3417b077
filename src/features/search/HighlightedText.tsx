import type { ReactNode } from 'react';
import type { TextRange } from '../../domain/search/types';
import { joinsAcross } from '../source/arabic-joining';

interface HighlightedTextProps {
  text: string;
  ranges: readonly TextRange[];
  lang: 'ar' | 'en';
  /** Ellipses where the text was cut. */
  clippedStart?: boolean;
  clippedEnd?: boolean;
  className?: string;
}

const ZWJ = '\u200D';

/**
 * A text in its language and direction with the matched ranges in <mark>. Where a mark starts
 * or ends inside an Arabic word (بـ|طرابلس), zero-width joiners keep the letters joined.
 */
export function HighlightedText({
  text,
  ranges,
  lang,
  clippedStart = false,
  clippedEnd = false,
  className,
}: HighlightedTextProps) {
  const pieces: ReactNode[] = [];
  const join = (at: number) => (lang === 'ar' && joinsAcross(text, at) ? ZWJ : '');
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) pieces.push(text.slice(at, r.start) + join(r.start));
    pieces.push(
      <mark key={r.start}>{join(r.start) + text.slice(r.start, r.end) + join(r.end)}</mark>,
    );
    if (r.end < text.length) pieces.push(join(r.end));
    at = r.end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return (
    <span lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} className={className}>
      {clippedStart ? '… ' : null}
      {pieces}
      {clippedEnd ? ' …' : null}
    </span>
  );
}
