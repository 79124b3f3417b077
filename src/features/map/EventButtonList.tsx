import { useEffect, useMemo, useRef } from 'react';
import type { CorpusEvent } from '../../domain/corpus/schema';
import { useRovingRows } from '../../ui/useRovingRows';
import { useRowWindow } from '../../ui/useRowWindow';
import { windowRows } from '../../ui/window-rows';
import { EventButtonRow } from './EventButtonRow';

/** Row height in rem (MapView.css: .athar-event-list__unit). */
const ROW_HEIGHT_REM = 2;
/** How many of the longest titles (by length) size a list that takes the width it needs. */
const SIZING_TITLES = 3;

/** The longest few titles: laid out unseen, they give the list the width its rows need. */
function longestTitles(events: readonly CorpusEvent[], lang: 'ar' | 'en'): string[] {
  const top: string[] = [];
  for (const event of events) {
    const title = event.title[lang];
    if (top.length === SIZING_TITLES && title.length <= (top[top.length - 1]?.length ?? 0))
      continue;
    top.push(title);
    top.sort((a, b) => b.length - a.length);
    if (top.length > SIZING_TITLES) top.pop();
  }
  return top;
}

interface EventButtonListProps {
  events: readonly CorpusEvent[];
  lang: 'ar' | 'en';
  selectedEventId: string | null;
  onSelectEvent(id: string): void;
  onHoverEvent(id: string | null): void;
  /** The list is as wide as its longest titles need (within what its box allows). */
  sizeToTitles?: boolean;
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
  sizeToTitles = false,
}: EventButtonListProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const unitRef = useRef<HTMLDivElement>(null);
  const sizing = useMemo(
    () => (sizeToTitles ? longestTitles(events, lang) : []),
    [sizeToTitles, events, lang],
  );
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
      {sizing.length > 0 && (
        <div className="athar-event-list__sizer" aria-hidden="true">
          {sizing.map((title, i) => (
            <span key={i} className="athar-event-list__button">
              <span className="athar-event-list__glyph" />
              <span className="athar-event-list__title">{title}</span>
            </span>
          ))}
        </div>
      )}
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
