import { useRef } from 'react';
import type { Decide } from './decide';

/**
 * A card's `decide`: once a decision is saved its buttons are gone, so focus moves to the
 * card's heading (`headingRef`) instead of being lost.
 */
export function useDecideThenFocus(onDecide: Decide) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const decide: Decide = async (request) => {
    const done = await onDecide(request);
    if (done) headingRef.current?.focus();
    return done;
  };
  return { headingRef, decide };
}
