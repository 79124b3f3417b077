import { useEffect, useMemo, useRef } from 'react';
import type { CorpusEvent } from '../../domain/schema';
import { useRovingRows } from '../../ui/useRovingRows';
import { useRowWindow } from '../../ui/useRowWindow';
import { windowRows } from '../../ui/windowRows';
import { EventButtonRow } from './EventButtonRow';

/** Row height in rem (MapView.css: .athar-event-list__unit). */
const ROW_HEIGHT_REM = 2;

interface EventButtonListProps {
  events: readonly CorpusEvent[];
  lang: 'ar' | 'en';
  selectedEventId: string | null;
  onSelectEvent(id: string): void;
  onHoverEvent(id: string | null): void;
}

/**
 * Events as buttons (type glyph in its colour, title in the current language, on one line),
 * in a box that scrolls itself. Only the rows in view, a few beyond each edge and the one in
 * the Tab order are in the DOM, so a place or a list with tens of thousands of events costs
 * what a screenful does; every event stays reachable by scrolling and by keyboard.
 *
 * Keyboard, as in the event list: one button is in the Tab order (the selected event's, else
 * the last focused); Up/Down, Page Up/Down, Home/End move focus; Enter or Space selects.
 */
export function EventButtonList({
  events,
  lang,
  selectedEventId,
  onSelectEvent,
  onHoverEvent,
}: EventButtonListProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const unitRef = useRef<HTMLDivElement>(null);
  const positions = useMemo(() => new Map(events.map((e, i) => [e.id, i])), [events]);
  const { first, last, unit, total, measured } = useRowWindow(
    scrollerRef,
    unitRef,
    events.length,
    ROW_HEIGHT_REM * 16,
  );
  const { activeIndex, scrollToRow, onKeyDown, onFocus } = useRovingRows(
    scrollerRef,
    events,
    positions,
    selectedEventId,
    unit,
  );

  // A selection made elsewhere: show it here too, if it is in this list (once the list is laid
  // out: a popup's content is not in the document yet when it first renders).
  const selectedIndex = selectedEventId !== null ? positions.get(selectedEventId) : undefined;
  useEffect(() => {
    if (selectedIndex !== undefined && measured) scrollToRow(selectedIndex, false);
  }, [selectedIndex, scrollToRow, measured]);

  return (
    <div className="athar-event-list" ref={scrollerRef}>
      <div className="athar-event-list__unit" ref={unitRef} aria-hidden="true" />
      <ul
        className="athar-event-list__items"
        role="list"
        style={{ blockSize: total }}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        {windowRows(first, last, events.length, [activeIndex]).map((i) => {
          const event = events[i] as CorpusEvent;
          return (
            <EventButtonRow
              key={event.id}
              event={event}
              lang={lang}
              position={i}
              size={events.length}
              top={i * unit}
              height={unit}
              selected={event.id === selectedEventId}
              tabbable={i === activeIndex}
              onSelect={onSelectEvent}
              onHover={onHoverEvent}
            />
          );
        })}
      </ul>
    </div>
  );
}
