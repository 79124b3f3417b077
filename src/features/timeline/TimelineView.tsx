import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './TimelineView.css';
import './timeline-strings';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { eventSpans } from '../../domain/timeline/event-spans';
import { memoPerObject } from '../../domain/corpus/memo-per-object';
import type { CorpusEvent } from '../../domain/corpus/schema';
import { timelineBins } from '../../domain/timeline/timeline-bins';
import { formatDay } from '../../i18n/format-date';
import { createItemMapper } from './create-item-mapper';
import { eventTypeCss } from './event-type-css';
import { fitWindow } from './fit-window';
import { formatEventDate } from './format-event-date';
import { stepEvent } from './step-event';
import { toBinItem } from './to-bin-item';
import type { ShownRange, TimelineShownItem } from './timeline-shown-item';
import { timelineEventKey } from './timeline-event-key';
import { timelineKeyAction } from './timeline-key-action';
import { toIsoWindow } from './to-iso-window';
import { useElementSize } from './useElementSize';
import { TimelineCanvas, type TimelineCanvasHandle } from './TimelineCanvas';
import type { HoverSource } from '../../ui/hover-store';

export interface TimelineViewProps {
  /** The filtered events, in time order. */
  events: readonly CorpusEvent[];
  selectedId: string | null;
  /** The hovered event: only the canvas reads it (TimelineCanvas), not this view. */
  hovered: HoverSource;
  /** ISO days from the URL (end inclusive); null = fit all events. */
  window: { start: string; end: string } | null;
  lang: 'ar' | 'en';
  onSelect(id: string | null): void;
  onHover(id: string | null): void;
  /** Moves focus to the event's detail if it is shown (Enter); false if not. */
  onOpenDetail?(id: string): boolean;
  /** User zoom/pan only (mouse, touch, keyboard, bin click); ISO days, end inclusive. */
  onWindowChange(w: { start: string; end: string }): void;
  /**
   * The events the time filter or the playhead keeps, when time narrows the map and the list:
   * the timeline still draws the others, faded. Null: time narrows nothing.
   */
  kept?: ReadonlySet<string> | null;
  /** Playback's day (ISO): a line on the timeline, kept in view. */
  playhead?: string | null;
  /** The stretch of time shown, each time it settles (ISO days, end inclusive). */
  onShownWindow?(w: { start: string; end: string }): void;
  /**
   * After each draw: px the stacked items need below the frame (negative: room left under
   * them); true when the layout changes the timeline's size for them.
   */
  onOverflow?(px: number): boolean;
}

const TYPE_CSS = eventTypeCss('.tl-view');
/** A label's width at most (see .tl-label in TimelineView.css) with its marker. */
const LABEL_PX = 150;
/** One stacked row of items: a line of text, its padding, border and the gap between rows. */
const ROW_PX = 22;
/** The time axis and the frame's margins. */
const AXIS_PX = 44;
/**
 * Rows the timeline stacks before a period's events become a bin: as many as the frame shows,
 * and never fewer than a short frame could show by scrolling a little (this many px).
 */
const STACK_MIN_PX = 400;
/** Bins side by side are drawn this far apart (more than vis-timeline's item margin). */
const BIN_GAP_PX = 8;

// Remembered per array of events: the unfiltered one comes back at every filter change.
const spansOf = memoPerObject(eventSpans);
const positionsOf = memoPerObject(
  (events: readonly CorpusEvent[]) => new Map(events.map((e, i) => [e.id, i])),
);

function sameRange(a: ShownRange | null, b: ShownRange): boolean {
  return a !== null && a.start === b.start && a.end === b.end && a.widthPx === b.widthPx;
}

/**
 * The events on a zoomable, pannable time axis (vis-timeline), with a legend. Earlier dates
 * are on the left in English and on the right in Arabic.
 *
 * For browser tests: an event's item is `.vis-item[data-id="<event id>"]` (the box of a range,
 * the label of a point; a point's marker is a separate `.vis-item.vis-dot` without data-id);
 * the selected one is `.vis-item.vis-selected[data-id]`, the hovered one
 * `.vis-item.tl-hovered[data-id]`; bins ("N events" where there are too many to draw one by
 * one) are `.vis-item.tl-bin` with `data-id="~bin:…"`. An event inside a bin has no element
 * until the user zooms in (the selected event is never in a bin). Only the window and one
 * window's width on each side are drawn (see src/domain/timeline/timeline-bins.ts).
 *
 * Keyboard (vis-timeline's items cannot take focus): the frame is one focusable region; ← →
 * pan, + − zoom, 0 fits (timelineKeyAction); ↓ ↑ select the next or previous event, bringing
 * it into view, and a polite live region says which; Enter opens the selected event's detail.
 * Each item also carries its type, date and certainty as hidden text for screen readers.
 * The legend is in TimeControls, in the row under the timeline.
 */
export function TimelineView(props: TimelineViewProps) {
  const { events, selectedId, window, lang } = props;
  // Strings in the language of the `lang` prop, whatever i18next's current language is.
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(lang, 'timeline'), [i18n, lang]);
  const hintId = useId();
  const toItem = useMemo(() => createItemMapper(lang, t), [lang, t]);
  const spans = spansOf(events);
  const frameRef = useRef<HTMLDivElement>(null);
  const frame = useElementSize(frameRef);
  const frameWidth = frame?.width ?? 0;
  // The width changes the room the labels need at the end; 0 until measured.
  const fit = useMemo(
    () => fitWindow(spans, frameWidth > 0 ? frameWidth : 800, LABEL_PX),
    [spans, frameWidth],
  );
  const rows = Math.floor((Math.max(frame?.height ?? 0, STACK_MIN_PX) - AXIS_PX) / ROW_PX);
  const indexById = positionsOf(events);
  const spanOf = useCallback(
    (id: string) => {
      const i = indexById.get(id);
      return i === undefined ? null : { start: spans.start[i] ?? 0, end: spans.end[i] ?? 0 };
    },
    [indexById, spans],
  );
  /** The window shown (set by the adapter once drawn, and each time it settles). */
  const [range, setRange] = useState<ShownRange | null>(null);
  const onRange = useCallback(
    (next: ShownRange) => setRange((prev) => (sameRange(prev, next) ? prev : next)),
    [],
  );
  const keep = selectedId === null ? -1 : (indexById.get(selectedId) ?? -1);
  const items = useMemo((): TimelineShownItem[] => {
    if (!range) return [];
    const gapMs = (BIN_GAP_PX * (range.end - range.start)) / Math.max(range.widthPx, 1);
    const options = { widthPx: range.widthPx, minBinPx: LABEL_PX, maxAlone: rows };
    return timelineBins(spans, range, keep, options).flatMap((entry): TimelineShownItem[] => {
      if (entry.kind === 'bin') return [toBinItem(entry, gapMs, lang, t)];
      const event = events[entry.index];
      return event ? [toItem(event)] : [];
    });
  }, [range, spans, keep, events, toItem, lang, t, rows]);
  const [announcement, setAnnouncement] = useState('');
  /** The event the last ↓ or ↑ selected, until the selection prop catches up with it. */
  const steppedTo = useRef<string | null>(null);
  useEffect(() => {
    if (selectedId === steppedTo.current) steppedTo.current = null;
  }, [selectedId]);
  const playDay = props.playhead ?? null;
  const playhead = useMemo(
    () =>
      playDay === null
        ? null
        : { day: playDay, title: t('playhead', { date: formatDay(playDay, lang) }) },
    [playDay, t, lang],
  );
  const canvas = useRef<TimelineCanvasHandle>(null);

  // The stretch shown, for the overview strip under the timeline.
  const onShownWindow = props.onShownWindow;
  useEffect(() => {
    if (range && onShownWindow)
      onShownWindow(toIsoWindow(new Date(range.start), new Date(range.end)));
  }, [range, onShownWindow]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const eventKey = timelineEventKey(e.key);
    if (eventKey?.kind === 'open') {
      if (selectedId !== null && props.onOpenDetail?.(selectedId)) e.preventDefault();
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
          n: (indexById.get(next.id) ?? 0) + 1,
          total: events.length,
        }),
      );
      const w = canvas.current?.reveal(next.id);
      if (w) props.onWindowChange(w);
      return;
    }
    const action = timelineKeyAction(e.key, e.code, lang === 'ar');
    if (!action) return;
    e.preventDefault();
    const w = canvas.current?.perform(action);
    if (w) props.onWindowChange(w);
  };

  return (
    <div className="tl-view" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <style>{TYPE_CSS}</style>
      <div
        ref={frameRef}
        className="tl-view__frame"
        role="region"
        tabIndex={0}
        aria-label={t('label', { count: events.length })}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
      >
        {/* vis-timeline draws into this element; React never renders children into it. */}
        <TimelineCanvas
          handleRef={canvas}
          items={items}
          selectedId={selectedId}
          hovered={props.hovered}
          window={window}
          lang={lang}
          t={t}
          fit={fit}
          spanOf={spanOf}
          onSelect={props.onSelect}
          onHover={props.onHover}
          onWindowChange={props.onWindowChange}
          onRange={onRange}
          playhead={playhead}
          onOverflow={props.onOverflow}
          kept={props.kept}
        />
        {events.length === 0 && <p className="tl-view__empty">{t('empty')}</p>}
      </div>
      <p id={hintId} className="visually-hidden">
        {t('keyboardHint')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
