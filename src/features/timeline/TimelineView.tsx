import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './TimelineView.css';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusEvent } from '../../domain/schema';
import { focusEventDetail } from '../event/focusEventDetail';
import { createItemMapper } from './createItemMapper';
import { eventTypeCss } from './eventTypeCss';
import { formatEventDate } from './formatEventDate';
import { stepEvent } from './stepEvent';
import { TimelineLegend } from './TimelineLegend';
import { timelineEventKey } from './timelineEventKey';
import { timelineKeyAction } from './timelineKeyAction';
import { typesPresent } from './typesPresent';
import { useVisTimeline } from './useVisTimeline';

export interface TimelineViewProps {
  /** The filtered events, in time order. */
  events: CorpusEvent[];
  selectedId: string | null;
  hoveredId: string | null;
  /** ISO days from the URL (end inclusive); null = fit all events. */
  window: { start: string; end: string } | null;
  lang: 'ar' | 'en';
  onSelect(id: string | null): void;
  onHover(id: string | null): void;
  /** User zoom/pan only (mouse, touch, keyboard, cluster click); ISO days, end inclusive. */
  onWindowChange(w: { start: string; end: string }): void;
}

const TYPE_CSS = eventTypeCss('.tl-view');

/**
 * The events on a zoomable, pannable time axis (vis-timeline), with a legend. Earlier dates
 * are on the left in English and on the right in Arabic.
 *
 * For browser tests: an event's item is `.vis-item[data-id="<event id>"]` (the box of a range,
 * the label of a point; a point's marker is a separate `.vis-item.vis-dot` without data-id);
 * the selected one is `.vis-item.vis-selected[data-id]`, the hovered one
 * `.vis-item.tl-hovered[data-id]`; clusters are `.vis-item.vis-cluster`. An event inside a
 * cluster has no element until the user zooms in (the selected event is never clustered).
 *
 * Keyboard (vis-timeline's items cannot take focus): the frame is one focusable region; ← →
 * pan, + − zoom, 0 fits (timelineKeyAction); ↓ ↑ select the next or previous event, bringing
 * it into view, and a polite live region says which; Enter opens the selected event's detail.
 * Each item also carries its type, date and certainty as hidden text for screen readers.
 */
export function TimelineView(props: TimelineViewProps) {
  const { events, selectedId, hoveredId, window, lang } = props;
  // Strings in the language of the `lang` prop, whatever i18next's current language is.
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(lang, 'timeline'), [i18n, lang]);
  const hintId = useId();
  const toItem = useMemo(() => createItemMapper(lang, t), [lang, t]);
  const items = useMemo(() => events.map(toItem), [events, toItem]);
  const types = useMemo(() => typesPresent(events), [events]);
  const [announcement, setAnnouncement] = useState('');
  /** The event the last ↓ or ↑ selected, until the selection prop catches up with it. */
  const steppedTo = useRef<string | null>(null);
  useEffect(() => {
    if (selectedId === steppedTo.current) steppedTo.current = null;
  }, [selectedId]);
  const { containerRef, perform, reveal } = useVisTimeline({
    items,
    selectedId,
    hoveredId,
    window,
    lang,
    t,
    onSelect: props.onSelect,
    onHover: props.onHover,
    onWindowChange: props.onWindowChange,
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const eventKey = timelineEventKey(e.key);
    if (eventKey?.kind === 'open') {
      if (selectedId !== null && focusEventDetail(selectedId)) e.preventDefault();
      return;
    }
    if (eventKey?.kind === 'step') {
      e.preventDefault();
      const next = stepEvent(events, steppedTo.current ?? selectedId, eventKey.toward);
      if (!next) return;
      steppedTo.current = next.id;
      props.onSelect(next.id);
      setAnnouncement(
        t('stepped', {
          title: next.title[lang],
          date: formatEventDate(next.date, lang, t),
          n: events.indexOf(next) + 1,
          total: events.length,
        }),
      );
      const w = reveal(next.id);
      if (w) props.onWindowChange(w);
      return;
    }
    const action = timelineKeyAction(e.key, e.code, lang === 'ar');
    if (!action) return;
    e.preventDefault();
    const w = perform(action);
    if (w) props.onWindowChange(w);
  };

  return (
    <div className="tl-view" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <style>{TYPE_CSS}</style>
      <div
        className="tl-view__frame"
        role="region"
        tabIndex={0}
        aria-label={t('label', { count: events.length })}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
      >
        {/* vis-timeline draws into this element; React never renders children into it. */}
        <div className="tl-view__canvas" ref={containerRef} />
        {events.length === 0 && <p className="tl-view__empty">{t('empty')}</p>}
      </div>
      <p id={hintId} className="tl-visually-hidden">
        {t('keyboardHint')}
      </p>
      <p className="tl-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <TimelineLegend types={types} lang={lang} />
    </div>
  );
}
