import type { CorpusEvent } from '../../domain/schema';
import { EVENT_TYPE_STYLE } from '../../ui/event-type-style';

interface EventButtonListProps {
  events: readonly CorpusEvent[];
  lang: 'ar' | 'en';
  selectedEventId: string | null;
  onSelectEvent(id: string): void;
  onHoverEvent(id: string | null): void;
}

/** Events as buttons (type glyph in its colour, title in the current language). */
export function EventButtonList({
  events,
  lang,
  selectedEventId,
  onSelectEvent,
  onHoverEvent,
}: EventButtonListProps) {
  return (
    <ul className="athar-event-list">
      {events.map((event) => {
        const style = EVENT_TYPE_STYLE[event.type];
        return (
          <li key={event.id}>
            <button
              type="button"
              className="athar-event-list__button"
              data-event-id={event.id}
              aria-current={event.id === selectedEventId ? 'true' : undefined}
              onClick={() => onSelectEvent(event.id)}
              onMouseEnter={() => onHoverEvent(event.id)}
              onMouseLeave={() => onHoverEvent(null)}
              onFocus={() => onHoverEvent(event.id)}
              onBlur={() => onHoverEvent(null)}
            >
              <span
                className="athar-event-list__glyph"
                style={{ backgroundColor: style.color }}
                aria-hidden="true"
              >
                {style.glyph}
              </span>
              <span className="athar-event-list__title">{event.title[lang]}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
