import type { CSSProperties } from 'react';

/** The least room below worth keeping the popup there, in CSS pixels. */
const ENOUGH_BELOW_PX = 300;
/** Kept free between the popup and the control, and between the popup and the viewport's edge. */
const GAP_PX = 2;
const MARGIN_PX = 8;

export interface PopupPlace {
  /** Opens above the control (too little room below, more above). */
  above: boolean;
  /** Fixed-position style: the popup escapes the scroll boxes around the control. */
  style: CSSProperties;
}

/**
 * Where a popup for `control` goes, in the viewport (position: fixed, so that a short scroll
 * box around the control does not clip it): under the control, or above it when there is too
 * little room below and more above; as wide as the control; as tall as the room allows. In
 * logical properties, so it follows the page's direction. Reading the control's box costs a
 * layout: call it when the popup opens and when something scrolls while it is open. Null when
 * there is no layout (jsdom), where the popup keeps its place in the flow.
 */
export function popupPlace(control: Element): PopupPlace | null {
  const box = control.getBoundingClientRect();
  const viewportHeight = window.innerHeight;
  const viewportWidth = document.documentElement.clientWidth;
  if (box.width === 0 || viewportHeight === 0) return null;
  const below = viewportHeight - box.bottom - GAP_PX - MARGIN_PX;
  const aboveRoom = box.top - GAP_PX - MARGIN_PX;
  const above = below < ENOUGH_BELOW_PX && aboveRoom > below;
  const rtl = getComputedStyle(document.documentElement).direction === 'rtl';
  const style: CSSProperties = {
    position: 'fixed',
    insetInlineStart: `${String(rtl ? viewportWidth - box.right : box.left)}px`,
    inlineSize: `${String(box.width)}px`,
    maxBlockSize: `${String(Math.max(0, Math.floor(above ? aboveRoom : below)))}px`,
  };
  if (above) style.insetBlockEnd = `${String(viewportHeight - box.top + GAP_PX)}px`;
  else style.insetBlockStart = `${String(box.bottom + GAP_PX)}px`;
  return { above, style };
}
