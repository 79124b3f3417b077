import { memo } from 'react';
import type { CorpusEvent } from '../../domain/corpus/schema';
import { EVENT_TYPE_STYLE } from '../../ui/event-type-style';

interface EventButtonRowProps {
  event: CorpusEvent;
  lang: 'ar' | 'en';
  /** Position in the whole list (0-based) and the list's length, for assistive tech. */
  position: number;
  size: number;
  /** Where the row sits in the scrolled list and how tall it is, in CSS pixels. */
  top: number;
  height: number;
  selected: boolean;
  /** The one row reachable with Tab (roving tabindex). */
  tabbable: boolean;
  onSelect(id: string): void;
  onHover(id: string | null): void;
}

/** One event of an EventButtonList: its type glyph and its title, on one line. */
export const EventButtonRow = memo(function EventButtonRow({
  event,
  lang,
  position,
  size,
  top,
  height,
  selected,
  tabbable,
  onSelect,
  onHover,
}: EventButtonRowProps) {
  const style = EVENT_TYPE_STYLE[event.type];
  const title = event.title[lang];
  return (
    <li
      className="athar-event-list__row"
      style={{ insetBlockStart: top, blockSize: height }}
      aria-posinset={position + 1}
      aria-setsize={size}
    >
      <button
        type="button"
        className="athar-event-list__button"
        data-index={position}
        data-event-id={event.id}
        tabIndex={tabbable ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        // The title may be cut short on screen: the whole of it on hover.
        title={title}
        onClick={() => onSelect(event.id)}
        onMouseEnter={() => onHover(event.id)}
        onMouseLeave={() => onHover(null)}
        onFocus={() => onHover(event.id)}
        onBlur={() => onHover(null)}
      >
        <span
          className="athar-event-list__glyph"
          style={{ backgroundColor: style.color }}
          aria-hidden="true"
        >
          {style.glyph}
        </span>
        <span className="athar-event-list__title">{title}</span>
      </button>
    </li>
  );
});
