import { useCallback, useRef, type RefObject } from 'react';
import type { LayoutChangedMeta, PanelImperativeHandle } from 'react-resizable-panels';

/** The timeline takes at most this share of the stage to show its stacked items. */
export const TIMELINE_MAX_SHARE = 55;
/** Its default share (StageLayout), which it never goes below by itself. */
const TIMELINE_MIN_SHARE = 40;
/** Room under the items the timeline keeps rather than shrink for. */
const SLACK_PX = 8;

export interface TimelineFit {
  /** Given to the stage's timeline panel. */
  panelRef: RefObject<PanelImperativeHandle | null>;
  /** Given to the timeline: px its items need below its frame, after each draw; true if grown. */
  onOverflow(px: number): boolean;
  /** Given to the stage's group: a size the user chose ends the growing. */
  onLayoutChanged(meta: LayoutChangedMeta): void;
}

/**
 * The timeline fits its content, within limits: when its stacked items reach below the frame,
 * its panel takes the room they need from the map, up to 55% of the stage (beyond that it
 * scrolls); when they leave room, it gives it back, down to its default 40%. Never over a
 * size the user chose by dragging the separator, in this visit (`onLayoutChanged`) or an
 * earlier one (`userSized`).
 */
export function useTimelineFit(userSized: boolean): TimelineFit {
  const panelRef = useRef<PanelImperativeHandle | null>(null);
  const chosen = useRef(userSized);
  const onOverflow = useCallback((px: number): boolean => {
    const panel = panelRef.current;
    if (chosen.current || !panel) return false;
    const { inPixels, asPercentage } = panel.getSize();
    if (inPixels <= 0 || asPercentage <= 0) return false;
    const stagePx = (inPixels * 100) / asPercentage;
    const low = (stagePx * TIMELINE_MIN_SHARE) / 100;
    const high = (stagePx * TIMELINE_MAX_SHARE) / 100;
    const wanted = Math.floor(Math.min(high, Math.max(low, inPixels + px)));
    // Not for a few px either way: room to spare under the items is fine.
    if (Math.abs(wanted - inPixels) <= SLACK_PX) return false;
    panel.resize(`${wanted}px`);
    return true;
  }, []);
  const onLayoutChanged = useCallback((meta: LayoutChangedMeta) => {
    if (meta.isUserInteraction) chosen.current = true;
  }, []);
  return { panelRef, onOverflow, onLayoutChanged };
}
