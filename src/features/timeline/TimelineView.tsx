import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './TimelineView.css';
import { useId, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusEvent } from '../../domain/schema';
import { createItemMapper } from './createItemMapper';
import { eventTypeCss } from './eventTypeCss';
import { TimelineLegend } from './TimelineLegend';
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
  const { containerRef, perform } = useVisTimeline({
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
      <TimelineLegend types={types} lang={lang} />
    </div>
  );
}
