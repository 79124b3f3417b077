import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { CorpusEvent } from '../../domain/corpus/schema';
import { attributeValue } from '../event/attribute-value';
import { EventRow } from './EventRow';
import { prefersReducedMotion } from '../../ui/prefers-reduced-motion';
import { focusIsLost } from '../../ui/focus-is-lost';
import { useRovingRows } from '../../ui/useRovingRows';
import { useRowWindow } from '../../ui/useRowWindow';
import type { HoverSource } from '../../ui/hover-store';
import { windowRows } from '../../ui/window-rows';
import './EventList.css';

/** Row height in rem (EventList.css: .event-list__unit); EventRow.css lays a row out to fit. */
const ROW_HEIGHT_REM = 6;

/** No detail to open (a list shown on its own). */
const noDetail = () => false;

export interface EventListProps {
  index: CorpusIndex;
  /** The filtered events, in time order. */
  events: readonly CorpusEvent[];
  lang: 'ar' | 'en';
  selectedId: string | null;
  /** The hovered event: each row reads it, so a hover re-renders the rows it changes only. */
  hovered: HoverSource;
  onSelect(id: string): void;
  onHover(id: string | null): void;
  /** Moves focus to the event's detail if it is shown (Enter on the selected row); false if not. */
  onOpenDetail?(id: string): boolean;
  /** The event whose detail was just closed: its row takes focus when the list comes back. */
  returnTo?: string | null;
}

/**
 * The filtered events as a list of buttons, one per event, in time order.
 *
 * Keyboard: one row is in the Tab order (roving tabindex; it follows the selection);
 * Up/Down move focus by one row, Page Up/Down by a screenful, Home/End to the ends;
 * Enter or Space selects. Focus stays in the list (the map, timeline and detail follow) and a
 * polite live region says so; Enter on the selected row moves focus to the event's detail.
 * Where the detail takes the list's place (the reading column), focus goes on to its heading,
 * and comes back to the row (`returnTo`) when the detail is closed.
 *
 * Windowing, for tens of thousands of events: every row has the same height (6rem, measured
 * in CSS pixels by a ResizeObserver, see useRowWindow), so the list's full height and each
 * row's position are known without measuring rows; only the rows in view, a few beyond each
 * edge, and the focusable row are in the DOM. The list therefore needs a bounded height: it
 * fills its parent (block-size: 100%) and scrolls itself.
 */
export function EventList({
  index,
  events,
  lang,
  selectedId,
  hovered,
  onSelect,
  onHover,
  onOpenDetail = noDetail,
  returnTo = null,
}: EventListProps) {
  const { t } = useTranslation('list', { lng: lang });
  const scrollerRef = useRef<HTMLDivElement>(null);
  const unitRef = useRef<HTMLDivElement>(null);
  const positions = useMemo(() => new Map(events.map((e, i) => [e.id, i])), [events]);
  const {
    first,
    last,
    unit: rowHeight,
  } = useRowWindow(scrollerRef, unitRef, events.length, ROW_HEIGHT_REM * 16);
  /** What the live region says after the user selects in the list. */
  const [announcement, setAnnouncement] = useState('');
  const activate = useCallback(
    (id: string) => {
      if (id === selectedId && onOpenDetail(id)) return;
      const event = index.eventsById.get(id);
      setAnnouncement(event ? t('selected', { title: event.title[lang] }) : '');
      onSelect(id);
      // Where the reading column takes the list's place, the focused row is gone: focus goes on
      // to the detail's heading instead of falling back to the page.
      requestAnimationFrame(() => {
        if (focusIsLost()) onOpenDetail(id);
      });
    },
    [selectedId, index, t, lang, onSelect, onOpenDetail],
  );

  const { activeIndex, scrollToRow, onKeyDown, onFocus } = useRovingRows(
    scrollerRef,
    events,
    positions,
    selectedId,
    rowHeight,
  );

  // A selection made elsewhere (timeline, map, a link): bring its row into view.
  const selectedIndex = selectedId !== null ? positions.get(selectedId) : undefined;
  useEffect(() => {
    if (selectedIndex !== undefined) scrollToRow(selectedIndex, !prefersReducedMotion());
  }, [selectedIndex, scrollToRow]);

  // Back from the reading column (the detail was closed): the row of that event takes focus
  // again, where the user left the list.
  const returnIndex = returnTo ? positions.get(returnTo) : undefined;
  useEffect(() => {
    if (returnIndex === undefined || !returnTo) return;
    scrollToRow(returnIndex, false);
    requestAnimationFrame(() => {
      if (!focusIsLost()) return;
      scrollerRef.current
        ?.querySelector<HTMLElement>(`[data-event-id=${attributeValue(returnTo)}]`)
        ?.focus();
    });
    // Once, when the list comes back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const rows = windowRows(
    first,
    last,
    events.length,
    returnIndex === undefined ? [activeIndex] : [activeIndex, returnIndex],
  );

  return (
    <div className="event-list" ref={scrollerRef}>
      <div className="event-list__unit" ref={unitRef} aria-hidden="true" />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {events.length === 0 ? (
        <p className="event-list__empty">{t('empty')}</p>
      ) : (
        <ol
          className="event-list__items"
          role="list"
          aria-label={t('label')}
          style={{ blockSize: events.length * rowHeight }}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          {rows.map((i) => {
            const event = events[i] as CorpusEvent;
            return (
              <EventRow
                key={event.id}
                event={event}
                index={index}
                lang={lang}
                position={i}
                size={events.length}
                top={i * rowHeight}
                height={rowHeight}
                selected={event.id === selectedId}
                hovered={hovered}
                tabbable={i === activeIndex}
                onSelect={activate}
                onHover={onHover}
              />
            );
          })}
        </ol>
      )}
    </div>
  );
}
