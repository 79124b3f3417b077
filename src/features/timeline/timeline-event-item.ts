import type { EventType } from '../../domain/corpus/schema';

/**
 * How sure a date is, as the timeline draws it:
 * - `exact`: one known day (a point);
 * - `approximate`: a month, a year or a period (a hatched range with a dashed border);
 * - `reported`: the text gives no date, only that it happened on or before publication
 *   (a hatched range that fades out towards earlier dates: its start is open).
 */
export type Certainty = 'exact' | 'approximate' | 'reported';

/** One event as a vis-timeline item. Dates are UTC midnights; `end` is exclusive. */
export interface TimelineEventItem {
  /** The event id, escaped where vis-timeline could not keep it (see toItemId). */
  id: string;
  eventId: string;
  type: 'point' | 'range';
  start: Date;
  /** Present for ranges only: the day after the last day (exclusive end). */
  end?: Date;
  /** The title in the current language, as plain text (vis-timeline requires `content`). */
  content: string;
  /** Tooltip, as HTML (vis-timeline sanitises it): the escaped title and the date in words. */
  title: string;
  /** `tl-item tl-type-<type> tl-shape-<shape> tl-<certainty> tl-precision-<precision>`. */
  className: string;
  eventType: EventType;
  certainty: Certainty;
  /** The event type's glyph, drawn before the title. */
  glyph: string;
  /** For screen readers, after the title: the type, the date in words and its certainty. */
  spoken?: string;
}
