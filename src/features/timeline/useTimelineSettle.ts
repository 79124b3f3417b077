/**
 * When a vis-timeline is drawn for good, and how much room its items need (part of the adapter
 * in useVisTimeline; it touches only the Timeline's events and redraw()).
 * - For browser tests, the container says `data-settled="true"` once vis-timeline has drawn
 *   the items built for the window it shows (its `changed` event, which follows a redraw that
 *   no longer resizes anything), and "false" from a change of window or items until then.
 *   vis-timeline draws over several frames: an item can appear a redraw after the others.
 * - After each draw, how far the stacked items reach below the frame goes to `onOverflow`, so
 *   that the layout can give the timeline the room its content needs; the timeline is then not
 *   settled until drawn at its new size.
 * - A new size of the container is drawn at once, not at vis-timeline's one-second size check.
 */
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Timeline } from 'vis-timeline/peer';

export interface TimelineSettle {
  /** The Timeline shows this window now (any string naming window and width). */
  reported(key: string): void;
  /** The items of the window last reported are in the DataSet; `changed`: some were new. */
  applied(changed: boolean): void;
  /**
   * Follows a new Timeline's draws and its container's size (`hasItems`: its draws count,
   * after its empty first one); returns what stops following it, to call before destroying it.
   */
  watch(timeline: Timeline, container: HTMLElement, hasItems: () => boolean): () => void;
}

export function useTimelineSettle(
  containerRef: RefObject<HTMLDivElement | null>,
  onOverflow: ((px: number) => boolean) | undefined,
): TimelineSettle {
  /** data-settled: the window last reported, the one the items were built for, a redraw due. */
  const settleRef = useRef({ reported: '', applied: '', redrawing: true });
  /**
   * How far the items reach below the frame after a draw (px; negative: the room left under
   * them), or null when that draw was made at a size the container no longer has.
   */
  const measureOverflow = useCallback((): number | null => {
    const root = containerRef.current;
    const top = root?.querySelector('.vis-panel.vis-top');
    const frame = root?.querySelector('.vis-panel.vis-center');
    const content = frame?.querySelector('.vis-itemset');
    if (!root || !top || !frame || !content) return 0;
    if (Math.abs(top.clientHeight + frame.clientHeight - root.clientHeight) > 4) return null;
    // The items' own extent: vis-timeline places them a draw before it sizes their container.
    const contentTop = content.getBoundingClientRect().top;
    let height = content.clientHeight;
    for (const item of content.querySelectorAll('.vis-item'))
      height = Math.max(height, item.getBoundingClientRect().bottom - contentTop);
    return Math.ceil(height - frame.clientHeight);
  }, [containerRef]);
  /** The latest onOverflow, for the Timeline's callbacks (which outlive a render). */
  const onOverflowRef = useRef(onOverflow);
  useLayoutEffect(() => {
    onOverflowRef.current = onOverflow;
  });
  const markSettled = useCallback(() => {
    const { reported, applied, redrawing } = settleRef.current;
    containerRef.current?.setAttribute('data-settled', String(reported === applied && !redrawing));
  }, [containerRef]);

  const reported = useCallback(
    (key: string) => {
      settleRef.current.reported = key;
      markSettled();
    },
    [markSettled],
  );

  const applied = useCallback(
    (changed: boolean) => {
      // The items are now those of the window last reported (the view re-renders on each).
      settleRef.current.applied = settleRef.current.reported;
      if (changed) settleRef.current.redrawing = true;
      markSettled();
    },
    [markSettled],
  );

  const watch = useCallback(
    (timeline: Timeline, container: HTMLElement, hasItems: () => boolean) => {
      /** False once stopped: vis-timeline may still call back (a late event, a font load). */
      let live = true;
      const redrawDue = (): void => {
        settleRef.current.redrawing = true;
        markSettled();
      };
      redrawDue();
      timeline.on('rangechange', redrawDue);
      timeline.on('changed', () => {
        if (!live || !hasItems()) return;
        // Labels are measured in their web font: until it has loaded, a draw is provisional.
        const fontsDue =
          typeof document.fonts !== 'undefined' && document.fonts.status !== 'loaded';
        const overflow = fontsDue ? null : measureOverflow();
        // Drawn at a size the frame no longer has: once more at this one; or the layout gives
        // the items the room they need, and the timeline is drawn again at its new size.
        settleRef.current.redrawing =
          overflow === null || (onOverflowRef.current?.(overflow) ?? false);
        markSettled();
        if (fontsDue) void document.fonts.ready.then(() => live && timeline.redraw());
        else if (overflow === null) timeline.redraw();
      });
      // A new size (the stage's separator, the layout giving room) is drawn at once, not at
      // vis-timeline's next one-second size check.
      const resized =
        typeof ResizeObserver === 'undefined'
          ? null
          : new ResizeObserver(() => {
              redrawDue();
              timeline.redraw();
            });
      resized?.observe(container);
      return () => {
        live = false;
        resized?.disconnect();
      };
    },
    [markSettled, measureOverflow],
  );

  return { reported, applied, watch };
}
