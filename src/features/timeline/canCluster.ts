import type { TimelineItem } from 'vis-timeline/peer';

const DAY = 24 * 60 * 60 * 1000;

/** Items spanning more than this are never put in a cluster. */
export const CLUSTER_MAX_SPAN = 31 * DAY;

/** When the window is this narrow or narrower, nothing is clustered. */
export const CLUSTER_OFF_BELOW = 21 * DAY;

function span(item: TimelineItem): number {
  if (item.end === undefined) return 0;
  return new Date(item.end).getTime() - new Date(item.start).getTime();
}

/**
 * Whether two items may share a cluster (vis-timeline's `clusterCriteria`):
 * - never the selected event, so that a selection is always visible;
 * - never a long range: a cluster is drawn across all its items, so a year-long item would
 *   stretch the cluster of one busy day over the whole year;
 * - never when zoomed in to a few weeks: vis-timeline clusters items closer than ~100 px, so
 *   events of the same day would stay clustered at any zoom; close up, they are stacked.
 */
export function canCluster(
  a: TimelineItem,
  b: TimelineItem,
  selectedId: string | null,
  windowSpan: number,
): boolean {
  if (windowSpan <= CLUSTER_OFF_BELOW) return false;
  if (a.id === selectedId || b.id === selectedId) return false;
  return span(a) <= CLUSTER_MAX_SPAN && span(b) <= CLUSTER_MAX_SPAN;
}
