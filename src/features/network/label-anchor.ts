/**
 * The SVG text-anchor that puts a label on one side of its point. text-anchor follows the
 * text's direction: the start of right-to-left text is its right edge, so an Arabic label
 * that extends to the right of the point is anchored at its end.
 */
export function labelAnchor(side: 'left' | 'right', rtl: boolean): 'start' | 'end' {
  if (side === 'right') return rtl ? 'end' : 'start';
  return rtl ? 'start' : 'end';
}
