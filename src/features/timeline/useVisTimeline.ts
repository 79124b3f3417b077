/**
 * The thin adapter around vis-timeline: the only file that touches `timeline.*`.
 * - One Timeline per language (`rtl` only takes effect at creation), destroyed on unmount.
 * - Items live in a vis-data DataSet, updated by diff: only added, changed or removed items.
 * - Selection is pushed with setSelection (which emits nothing, so no onSelect loop); user
 *   taps come back through `select`, hovering through `itemover`/`itemout`, user zoom/pan
 *   through `rangechanged` with byUser.
 * - The window prop is applied only when it differs from what is shown (a window the user
 *   just made and we reported comes back unchanged and is ignored).
 * - Each time the shown window settles (and when it is first set), `onRange` says what it is,
 *   so that the view can hand over the events and bins for that window only. A click on a
 *   bin zooms in to its period.
 * - When it is drawn for good (`data-settled`, for browser tests) and how much room its items
 *   need: useTimelineSettle.
 */
import {
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
} from 'react';
import './timeline-strings';
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import type { Language } from '../../i18n/i18n';
import { diffItems } from './diff-items';
import { fromIsoWindow } from './from-iso-window';
import { isoDayToDate } from './iso-day-to-date';
import { isBinId } from './timeline-bin-item';
import { eventIdOfItem, toItemId } from './timeline-item-id';
import type { TimelineKeyAction } from './timeline-key-action';
import { timelineOptions, ZOOM_MAX, ZOOM_MIN } from './timeline-options';
import { toIsoWindow } from './to-iso-window';
import { useTimelineSettle } from './useTimelineSettle';
import type { ShownRange, TimelineShownItem } from './timeline-shown-item';
import type { Translate } from '../../i18n/i18n';
import { withItemState } from './with-item-state';

interface IsoWindow {
  start: string;
  end: string;
}

type Range = { start: Date; end: Date };

export interface UseVisTimelineArgs {
  /** What to draw for the current window: events and bins. */
  items: readonly TimelineShownItem[];
  selectedId: string | null;
  hoveredId: string | null;
  window: IsoWindow | null;
  lang: Language;
  t: Translate;
  /** A window showing every event (null when there are none). */
  fit: Range | null;
  /** An event's first moment and the moment after its last (ms), to bring it into view. */
  spanOf(id: string): { start: number; end: number } | null;
  onSelect(id: string | null): void;
  onHover(id: string | null): void;
  onWindowChange(w: IsoWindow): void;
  /** The shown window has settled (or was first set). */
  onRange(range: ShownRange): void;
  /** The events a time filter or the playhead keeps (the others are faded); null: all. */
  kept?: ReadonlySet<string> | null;
  /** Playback's day (ISO), drawn as a line at the end of that day; null for none. */
  playhead?: { day: string; title: string } | null;
  /**
   * After each draw: how many px the stacked items reach below the frame's foot (negative: the
   * room left under them), so that the layout can give the timeline the room its content
   * needs. Returns true when the layout changes (the timeline is then not settled until drawn
   * at its new size).
   */
  onOverflow?(px: number): boolean;
}

export interface VisTimelineHandle {
  /** The element vis-timeline draws into. */
  containerRef: RefObject<HTMLDivElement | null>;
  /** Zoom, pan or fit as the user asked (keyboard); returns the new window to report. */
  perform(action: TimelineKeyAction): IsoWindow | null;
  /** Moves the window, if needed, so that the event `id` is in view; returns the new window. */
  reveal(id: string): IsoWindow | null;
  /** Moves the window, if needed, so that the moment `time` (ms) is in view; ditto. */
  revealTime(time: number): IsoWindow | null;
}

/** The playhead's id among vis-timeline's custom time bars (also its class). */
const PLAYHEAD = 'tl-playhead';

/** Share of the window an arrow key moves it by; factor of one +/− step. */
const PAN_STEP = 0.2;
const ZOOM_STEP = 2;
/** Share of the window at each edge where an event does not count as in view (reveal). */
const REVEAL_MARGIN = 0.05;

function windowKey(w: IsoWindow): string {
  return `${w.start}/${w.end}`;
}

function idsOf(props: unknown): string[] {
  if (typeof props !== 'object' || props === null || !('items' in props)) return [];
  const { items } = props;
  return Array.isArray(items) ? items.map(String) : [];
}

function itemOf(props: unknown): string | null {
  if (typeof props !== 'object' || props === null || !('item' in props)) return null;
  const { item } = props;
  return typeof item === 'string' || typeof item === 'number' ? String(item) : null;
}

export function useVisTimeline(args: UseVisTimelineArgs): VisTimelineHandle {
  const { items, selectedId, hoveredId, window, lang, t, fit, spanOf, onRange } = args;
  const kept = args.kept ?? null;
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const [dataset] = useState(() => new DataSet<TimelineShownItem, 'id'>());
  /** What the DataSet holds, to diff against without reading it back. */
  const shownRef = useRef(new Map<string, TimelineShownItem>());
  const selectedRef = useRef<string | null>(null);
  const { reported, applied, watch } = useTimelineSettle(containerRef, args.onOverflow);
  const isEvent = (id: string): boolean => !isBinId(id) && shownRef.current.has(id);

  /** Shows the selected event as selected (setSelection emits no `select`: no loop). */
  const syncSelection = useCallback((timeline: Timeline, force = false) => {
    const id = selectedRef.current;
    const wanted = id !== null && !isBinId(id) && shownRef.current.has(id) ? [id] : [];
    const current = timeline.getSelection().map(String);
    if (force || current.length !== wanted.length || current[0] !== wanted[0])
      timeline.setSelection(wanted);
  }, []);

  const select = useEffectEvent((ids: string[]) => {
    const timeline = timelineRef.current;
    const [id] = ids;
    const eventId = id === undefined ? null : eventIdOfItem(id);
    if (id === undefined) {
      if (selectedRef.current !== null) args.onSelect(null);
    } else if (isEvent(id) && eventId !== null) {
      if (id !== selectedRef.current) args.onSelect(eventId);
    } else if (timeline) {
      // A bin was tapped: it is not an event (the click zooms in); keep the selection.
      syncSelection(timeline);
    }
  });
  const hover = useEffectEvent((id: string | null) => {
    if (id === null) args.onHover(null);
    else if (isEvent(id)) args.onHover(eventIdOfItem(id));
  });
  const windowChanged = useEffectEvent((start: Date, end: Date) => {
    args.onWindowChange(toIsoWindow(start, end));
  });
  // onRange should be stable (a new one re-creates the Timeline).
  const rangeSettled = useCallback(
    (timeline: Timeline) => {
      const { start, end } = timeline.getWindow();
      const widthPx = containerRef.current?.clientWidth || 800;
      reported(`${String(start.getTime())}/${String(end.getTime())}/${String(widthPx)}`);
      onRange({ start: start.getTime(), end: end.getTime(), widthPx });
    },
    [onRange, reported],
  );
  const initialWindow = useEffectEvent(() => (args.window ? fromIsoWindow(args.window) : args.fit));
  /** Moves the window without animation and says so at once (not 200 ms later). */
  const moveTo = useCallback(
    (timeline: Timeline, start: number | Date, end: number | Date) => {
      timeline.setWindow(start, end, { animation: false });
      rangeSettled(timeline);
    },
    [rangeSettled],
  );

  // The DataSet follows the items (and the selected/hovered classes) by diff. In the commit
  // (a layout effect): vis-timeline then redraws in the same frame as the other views, not
  // after React's deferred effects and one more frame.
  useLayoutEffect(() => {
    const selectedItem = selectedId === null ? null : toItemId(selectedId);
    selectedRef.current = selectedItem;
    const next = withItemState(
      items,
      selectedItem,
      hoveredId === null ? null : toItemId(hoveredId),
      kept,
    );
    const diff = diffItems(shownRef.current, next);
    const shown = shownRef.current;
    if (diff.remove.length > 0) {
      dataset.remove(diff.remove);
      for (const id of diff.remove) shown.delete(id);
    }
    if (diff.add.length > 0) dataset.add(diff.add);
    if (diff.update.length > 0) dataset.update(diff.update);
    for (const item of [...diff.add, ...diff.update]) shown.set(item.id, item);
    if (timelineRef.current) syncSelection(timelineRef.current);
    applied(diff.remove.length + diff.add.length + diff.update.length > 0);
  }, [dataset, items, selectedId, hoveredId, kept, syncSelection, applied]);

  // One Timeline per language.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const options = timelineOptions(lang, t);
    // The Timeline is created empty; the window is set and the items given once its first
    // draw is done. vis-timeline's ways of doing this at creation misbehave: with the start/end
    // options its loading screen stays (swallowing the pointer); without them its first fit()
    // draws every item to measure it.
    container.style.visibility = 'hidden';
    /** False once destroyed: vis-timeline may still call back (its first draw, a late event). */
    let live = true;
    /** Its first draw (before it has the items) does not count as settled. */
    let hasItems = false;
    options.onInitialDrawComplete = () => {
      if (!live) return;
      const initial = initialWindow();
      if (initial) moveTo(timeline, initial.start, initial.end);
      else rangeSettled(timeline);
      hasItems = true;
      timeline.setItems(dataset);
      syncSelection(timeline, true);
      container.style.visibility = '';
    };
    const timeline = new Timeline(container, [], options);
    timelineRef.current = timeline;
    const unwatch = watch(timeline, container, () => hasItems);
    timeline.on('select', (props: unknown) => select(idsOf(props)));
    timeline.on('itemover', (props: unknown) => hover(itemOf(props)));
    timeline.on('itemout', () => hover(null));
    // Content shown on hover can be dismissed without moving the pointer (WCAG 1.4.13).
    const hideTooltip = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      for (const tip of container.querySelectorAll<HTMLElement>('.vis-tooltip'))
        tip.style.visibility = 'hidden';
    };
    document.addEventListener('keydown', hideTooltip);
    timeline.on('rangechanged', (props?: { start?: Date; end?: Date; byUser?: boolean }) => {
      // vis-timeline reports a setWindow 200 ms later, even after destroy().
      if (!live) return;
      if (props?.byUser && props.start && props.end) windowChanged(props.start, props.end);
      rangeSettled(timeline);
    });
    timeline.on('click', (props?: { item?: string | number | null }) => {
      const id = props?.item;
      if (typeof id !== 'string' || !isBinId(id)) return;
      const bin = shownRef.current.get(id);
      if (!bin || !('zoomStart' in bin)) return;
      // Zoom in to the tapped bin's events, as the user asked: report the new window.
      moveTo(timeline, bin.zoomStart, bin.zoomEnd);
      const shown = timeline.getWindow();
      windowChanged(shown.start, shown.end);
    });
    return () => {
      live = false;
      unwatch();
      document.removeEventListener('keydown', hideTooltip);
      timeline.destroy();
      // destroy() leaves the loading screen behind when the first draw had not finished.
      container.replaceChildren();
      if (timelineRef.current === timeline) timelineRef.current = null;
    };
  }, [dataset, lang, t, syncSelection, moveTo, rangeSettled, watch]);

  // The window from the URL; none means "fit every event" (again when the events change).
  const start = window?.start ?? null;
  const end = window?.end ?? null;
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    if (start === null || end === null) {
      if (fit) moveTo(timeline, fit.start, fit.end);
      return;
    }
    const wanted = { start, end };
    const shown = timeline.getWindow();
    if (windowKey(toIsoWindow(shown.start, shown.end)) === windowKey(wanted)) return;
    const range = fromIsoWindow(wanted);
    moveTo(timeline, range.start, range.end);
  }, [start, end, fit, lang, moveTo]);

  // Playback's line (vis-timeline's custom time bar, public API); CSS makes it undraggable.
  const playDay = args.playhead?.day ?? null;
  const playTitle = args.playhead?.title ?? '';
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline || playDay === null) return;
    const time = isoDayToDate(playDay, 1);
    timeline.addCustomTime(time, PLAYHEAD);
    timeline.setCustomTimeTitle(playTitle, PLAYHEAD);
    return () => {
      if (timelineRef.current === timeline) timeline.removeCustomTime(PLAYHEAD);
    };
    // After the Timeline of this language is created (the effect above, declared first).
  }, [playDay, playTitle, lang]);

  const perform = useCallback(
    (action: TimelineKeyAction): IsoWindow | null => {
      const timeline = timelineRef.current;
      if (!timeline) return null;
      if (action.kind === 'fit') {
        if (fit) moveTo(timeline, fit.start, fit.end);
      } else {
        const w = timeline.getWindow();
        const from = w.start.getTime();
        const to = w.end.getTime();
        const span = to - from;
        if (action.kind === 'zoom') {
          const factor = action.direction === 'in' ? 1 / ZOOM_STEP : ZOOM_STEP;
          const next = Math.min(Math.max(span * factor, ZOOM_MIN), ZOOM_MAX);
          const centre = (from + to) / 2;
          moveTo(timeline, centre - next / 2, centre + next / 2);
        } else {
          const shift = span * PAN_STEP * (action.toward === 'later' ? 1 : -1);
          moveTo(timeline, from + shift, to + shift);
        }
      }
      const shown = timeline.getWindow();
      return toIsoWindow(shown.start, shown.end);
    },
    [fit, moveTo],
  );

  const reveal = useCallback(
    (id: string): IsoWindow | null => {
      const timeline = timelineRef.current;
      const item = spanOf(id);
      if (!timeline || !item) return null;
      const w = timeline.getWindow();
      const from = w.start.getTime();
      const to = w.end.getTime();
      const span = to - from;
      const margin = span * REVEAL_MARGIN;
      const { start, end } = item;
      if (start <= to - margin && end >= from + margin) return null;
      // Centre it; a range longer than the window shows from its start.
      const centre = end - start < span * 0.8 ? (start + end) / 2 : start + span * 0.4;
      moveTo(timeline, centre - span / 2, centre + span / 2);
      const shown = timeline.getWindow();
      return toIsoWindow(shown.start, shown.end);
    },
    [spanOf, moveTo],
  );

  const revealTime = useCallback(
    (time: number): IsoWindow | null => {
      const timeline = timelineRef.current;
      if (!timeline) return null;
      const w = timeline.getWindow();
      const from = w.start.getTime();
      const to = w.end.getTime();
      const span = to - from;
      const margin = span * REVEAL_MARGIN;
      if (time >= from + margin && time <= to - margin) return null;
      // Ahead of the playhead there is more to come: keep it at three quarters of the window.
      moveTo(timeline, time - span * 0.75, time + span * 0.25);
      const shown = timeline.getWindow();
      return toIsoWindow(shown.start, shown.end);
    },
    [moveTo],
  );

  return { containerRef, perform, reveal, revealTime };
}
