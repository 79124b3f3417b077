import type { TimelineBinItem } from './TimelineBinItem';
import type { TimelineEventItem } from './TimelineEventItem';

/** What the timeline draws: events, and bins of events where there are too many. */
export type TimelineShownItem = TimelineEventItem | TimelineBinItem;

/** The window the timeline shows and its width: what the bins are made for. */
export interface ShownRange {
  start: number;
  end: number;
  widthPx: number;
}
