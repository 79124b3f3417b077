import { useEffect, useImperativeHandle, type Ref } from 'react';
import { isoDayMs } from '../../domain/corpus/corpus-index';
import { DAY_MS } from '../../domain/dates/day-ms';
import type { HoverSource } from '../../ui/hover-store';
import { useHovered } from '../../ui/useHovered';
import { useVisTimeline, type UseVisTimelineArgs, type VisTimelineHandle } from './useVisTimeline';

/** What TimelineView asks of the drawn timeline (keyboard zoom, pan and reveal). */
export type TimelineCanvasHandle = Omit<VisTimelineHandle, 'containerRef'>;

interface TimelineCanvasProps extends Omit<UseVisTimelineArgs, 'hoveredId'> {
  /** The hovered event: read here only, so a hover re-draws the items, not the view around. */
  hovered: HoverSource;
  handleRef: Ref<TimelineCanvasHandle>;
}

/**
 * The element vis-timeline draws into, and the adapter that draws it (useVisTimeline). The one
 * part of the timeline that reads the hover: a hover re-renders this and updates the items'
 * classes by diff; TimelineView, which works out what to draw, is not rendered again.
 */
export function TimelineCanvas({ hovered, handleRef, ...args }: TimelineCanvasProps) {
  const hoveredId = useHovered(hovered);
  const { containerRef, perform, reveal, revealTime } = useVisTimeline({ ...args, hoveredId });
  useImperativeHandle(handleRef, () => ({ perform, reveal, revealTime }), [
    perform,
    reveal,
    revealTime,
  ]);

  // Playback keeps its line in view (the move is the view's: it goes to the link).
  const playDay = args.playhead?.day ?? null;
  const onWindowChange = args.onWindowChange;
  useEffect(() => {
    if (playDay === null) return;
    const w = revealTime(isoDayMs(playDay) + DAY_MS);
    if (w) onWindowChange(w);
  }, [playDay, revealTime, onWindowChange]);

  return <div className="tl-view__canvas" ref={containerRef} />;
}
