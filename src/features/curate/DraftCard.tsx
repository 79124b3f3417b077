import { useId, type ReactNode, type RefObject } from 'react';
import type { Highlight } from './DocumentText';

/**
 * The frame of a draft's card: an article named by its heading (which `headingRef` can focus:
 * useDecideThenFocus) that marks the draft's words in the text when hovered or focused.
 */
export function DraftCard({
  decided,
  heading,
  headingRef,
  highlight,
  onHighlight,
  children,
}: {
  decided: boolean;
  heading: ReactNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
  highlight: Highlight;
  onHighlight: (h: Highlight | null) => void;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <article
      className={`curate-card${decided ? ' is-decided' : ''}`}
      aria-labelledby={headingId}
      onFocus={() => onHighlight(highlight)}
      onMouseEnter={() => onHighlight(highlight)}
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="curate-card__heading">
        {heading}
      </h3>
      {children}
    </article>
  );
}
