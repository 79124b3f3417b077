import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus-index';
import type { CorpusEvent } from '../../domain/schema';
import { focusEventDetail } from '../event/focusEventDetail';
import { EventRow } from './EventRow';
import { prefersReducedMotion } from './prefersReducedMotion';
import { useRowWindow } from './useRowWindow';
import './EventList.css';

export interface EventListProps {
  index: CorpusIndex;
  /** The filtered events, in time order. */
  events: CorpusEvent[];
  lang: 'ar' | 'en';
  selectedId: string | null;
  hoveredId: string | null;
  onSelect(id: string): void;
  onHover(id: string | null): void;
}

/** The row index of the element that has focus inside the list, if any. */
function rowIndexOf(target: EventTarget): number | null {
  if (!(target instanceof HTMLElement)) return null;
  const value = target.closest<HTMLElement>('[data-index]')?.dataset.index;
  return value === undefined ? null : Number(value);
}

/**
 * The filtered events as a list of buttons, one per event, in time order.
 *
 * Keyboard: one row is in the Tab order (roving tabindex; it follows the selection);
 * Up/Down move focus by one row, Page Up/Down by a screenful, Home/End to the ends;
 * Enter or Space selects. Focus stays in the list (the map, timeline and detail follow) and a
 * polite live region says so; Enter on the selected row moves focus to the event's detail.
 *
 * Windowing, for tens of thousands of events: every row has the same height (6rem), so the
 * list's full height and each row's position are known without measuring; only the rows in
 * view, a few beyond each edge, and the focusable row are in the DOM. The list therefore
 * needs a bounded height: it fills its parent (block-size: 100%) and scrolls itself.
 */
export function EventList({
  index,
  events,
  lang,
  selectedId,
  hoveredId,
  onSelect,
  onHover,
}: EventListProps) {
  const { t } = useTranslation('list', { lng: lang });
  const scrollerRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef(false);
  const positions = useMemo(() => new Map(events.map((e, i) => [e.id, i])), [events]);
  const { first, last, rowHeight } = useRowWindow(scrollerRef, events.length);
  /** What the live region says after the user selects in the list. */
  const [announcement, setAnnouncement] = useState('');
  const activate = useCallback(
    (id: string) => {
      if (id === selectedId && focusEventDetail(id)) return;
      const event = index.eventsById.get(id);
      setAnnouncement(event ? t('selected', { title: event.title[lang] }) : '');
      onSelect(id);
    },
    [selectedId, index, t, lang, onSelect],
  );

  // The row with tabindex 0: the last one focused, reset to the selection when it changes.
  const [activeId, setActiveId] = useState<string | null>(selectedId);
  const [lastSelectedId, setLastSelectedId] = useState(selectedId);
  if (selectedId !== lastSelectedId) {
    setLastSelectedId(selectedId);
    if (selectedId !== null) setActiveId(selectedId);
  }
  const activeIndex =
    (activeId !== null ? positions.get(activeId) : undefined) ??
    (selectedId !== null ? positions.get(selectedId) : undefined) ??
    0;

  const scrollToRow = useCallback(
    (row: number, smooth: boolean) => {
      const scroller = scrollerRef.current;
      if (!scroller) return;
      const top = row * rowHeight;
      const view = scroller.clientHeight;
      let target: number | null = null;
      if (top < scroller.scrollTop) target = top;
      else if (top + rowHeight > scroller.scrollTop + view) target = top + rowHeight - view;
      if (target === null || view === 0) return;
      if (typeof scroller.scrollTo === 'function')
        scroller.scrollTo({ top: target, behavior: smooth ? 'smooth' : 'auto' });
      else scroller.scrollTop = target;
    },
    [rowHeight],
  );

  // A selection made elsewhere (timeline, map, a link): bring its row into view.
  const selectedIndex = selectedId !== null ? positions.get(selectedId) : undefined;
  useEffect(() => {
    if (selectedIndex !== undefined) scrollToRow(selectedIndex, !prefersReducedMotion());
  }, [selectedIndex, scrollToRow]);

  // After a key moved the active row, focus it (it is always rendered, see `rows` below).
  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    const row = scrollerRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    row?.focus({ preventScroll: true });
    // The list may sit in a scrolled panel too: show the focused row there as well.
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const from = rowIndexOf(e.target) ?? activeIndex;
    const page = Math.max(1, Math.floor((scrollerRef.current?.clientHeight ?? 0) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + page,
      PageUp: from - page,
      Home: 0,
      End: events.length - 1,
    };
    const wanted = moves[e.key];
    if (wanted === undefined || events.length === 0) return;
    e.preventDefault();
    const to = Math.min(events.length - 1, Math.max(0, wanted));
    const event = events[to];
    if (to === from || !event) return;
    pendingFocus.current = true;
    setActiveId(event.id);
    scrollToRow(to, false);
  };

  const onFocus = (e: FocusEvent<HTMLOListElement>) => {
    const row = rowIndexOf(e.target);
    const event = row !== null ? events[row] : undefined;
    if (event) setActiveId(event.id);
  };

  const rows: number[] = [];
  if (activeIndex < first && activeIndex < events.length) rows.push(activeIndex);
  for (let i = first; i <= last; i++) rows.push(i);
  if (activeIndex > last && activeIndex < events.length) rows.push(activeIndex);

  return (
    <div className="event-list" ref={scrollerRef}>
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
                hovered={event.id === hoveredId}
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
