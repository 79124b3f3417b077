import type { TimelineBinItem } from './timeline-bin-item';
import type { TimelineEventItem } from './timeline-event-item';

/** What the timeline draws: events, and bins of events where there are too many. */
export type TimelineShownItem = TimelineEventItem | TimelineBinItem;

/** The window the timeline shows and its width: what the bins are made for. */
export interface ShownRange {
  start: number;
  end: number;
  widthPx: number;
}
