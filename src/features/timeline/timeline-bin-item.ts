import type { BinUnit } from '../../domain/timeline/bin-unit';

/**
 * A period's events as one vis-timeline item ("123"), drawn where there are too many events
 * to draw one by one. A click zooms in to its events. Its id starts with `~bin:`, which no
 * event's item id does (see toItemId).
 */
export interface TimelineBinItem {
  id: string;
  type: 'range';
  /** The period's first moment; `end` is a little before the next period's (a gap between bins). */
  start: Date;
  end: Date;
  /** The count, formatted for the language. */
  content: string;
  /** Tooltip, as HTML: how many events, in which period, and that a click zooms in. */
  title: string;
  /** `tl-bin tl-bin-level-<1…4>` (by the count's order of magnitude). */
  className: string;
  count: number;
  unit: BinUnit;
  /** The whole period in ms (start, and the next period's start), to zoom in to. */
  periodStart: number;
  periodEnd: number;
  /** The window a click zooms in to: around its events (binZoomWindow). */
  zoomStart: number;
  zoomEnd: number;
  /** For screen readers: "123 events in March 2005". */
  spoken: string;
}

export const BIN_ID_PREFIX = '~bin:';

export function isBinId(id: string): boolean {
  return id.startsWith(BIN_ID_PREFIX);
}
