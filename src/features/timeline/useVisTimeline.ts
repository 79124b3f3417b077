/**
 * The thin adapter around vis-timeline: the only file that touches `timeline.*`.
 * - One Timeline per language (`rtl` only takes effect at creation), destroyed on unmount.
 * - Items live in a vis-data DataSet, updated by diff: only added, changed or removed items.
 * - Selection is pushed with setSelection (which emits nothing, so no onSelect loop); user
 *   taps come back through `select`, hovering through `itemover`/`itemout`, user zoom/pan
 *   through `rangechanged` with byUser.
 * - The window prop is applied only when it differs from what is shown (a window the user
 *   just made and we reported comes back unchanged and is ignored).
 */
import { useCallback, useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import { DataSet } from 'vis-data/peer';
import { Timeline, type TimelineItem } from 'vis-timeline/peer';
import type { Language } from '../../i18n/i18n';
import { canCluster, CLUSTER_OFF_BELOW } from './canCluster';
import { diffItems } from './diffItems';
import { fitWindow } from './fitWindow';
import { fromIsoWindow } from './fromIsoWindow';
import type { TimelineEventItem } from './TimelineEventItem';
import type { TimelineKeyAction } from './timelineKeyAction';
import { timelineOptions, ZOOM_MAX, ZOOM_MIN } from './timelineOptions';
import { toIsoWindow } from './toIsoWindow';
import type { Translate } from './Translate';
import { withItemState } from './withItemState';

export interface IsoWindow {
  start: string;
  end: string;
}

export interface UseVisTimelineArgs {
  items: readonly TimelineEventItem[];
  selectedId: string | null;
  hoveredId: string | null;
  window: IsoWindow | null;
  lang: Language;
  t: Translate;
  onSelect(id: string | null): void;
  onHover(id: string | null): void;
  onWindowChange(w: IsoWindow): void;
}

export interface VisTimelineHandle {
  /** The element vis-timeline draws into. */
  containerRef: RefObject<HTMLDivElement | null>;
  /** Zoom, pan or fit as the user asked (keyboard); returns the new window to report. */
  perform(action: TimelineKeyAction): IsoWindow | null;
  /** Moves the window, if needed, so that the event `id` is in view; returns the new window. */
  reveal(id: string): IsoWindow | null;
}

/** Share of the window an arrow key moves it by; factor of one +/− step; of a cluster click. */
const PAN_STEP = 0.2;
const ZOOM_STEP = 2;
const CLUSTER_ZOOM = 8;
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

/** Which items may share a cluster, given the selection and the window (see canCluster). */
function clusterCriteria(selected: RefObject<string | null>, windowSpan: RefObject<number>) {
  return (a: TimelineItem, b: TimelineItem): boolean =>
    canCluster(a, b, selected.current, windowSpan.current);
}

export function useVisTimeline(args: UseVisTimelineArgs): VisTimelineHandle {
  const { items, selectedId, hoveredId, window, lang, t } = args;
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const [dataset] = useState(() => new DataSet<TimelineEventItem, 'id'>());
  /** What the DataSet holds, to diff against without reading it back. */
  const shownRef = useRef(new Map<string, TimelineEventItem>());
  const selectedRef = useRef<string | null>(null);
  /** The visible window's length in ms (clustering stops when zoomed in close). */
  const spanRef = useRef(Infinity);

  /** Shows the selected event as selected (setSelection emits no `select`: no loop). */
  const syncSelection = useCallback((timeline: Timeline, force = false) => {
    const id = selectedRef.current;
    const wanted = id !== null && shownRef.current.has(id) ? [id] : [];
    const current = timeline.getSelection().map(String);
    if (force || current.length !== wanted.length || current[0] !== wanted[0])
      timeline.setSelection(wanted);
  }, []);

  const select = useEffectEvent((ids: string[]) => {
    const timeline = timelineRef.current;
    const [id] = ids;
    if (id === undefined) {
      if (selectedRef.current !== null) args.onSelect(null);
    } else if (shownRef.current.has(id)) {
      if (id !== selectedRef.current) args.onSelect(id);
    } else if (timeline) {
      // A cluster was tapped: it is not an event; keep the event selection as it was.
      syncSelection(timeline);
    }
  });
  const hover = useEffectEvent((id: string | null) => {
    if (id === null || shownRef.current.has(id)) args.onHover(id);
  });
  const windowChanged = useEffectEvent((start: Date, end: Date) => {
    args.onWindowChange(toIsoWindow(start, end));
  });
  /** The window a new Timeline starts with: the URL's, or one that fits every item. */
  const initialWindow = useEffectEvent(() =>
    args.window ? fromIsoWindow(args.window) : fitWindow(args.items),
  );

  // The DataSet follows the items (and the selected/hovered classes) by diff.
  useEffect(() => {
    selectedRef.current = selectedId;
    const next = withItemState(items, selectedId, hoveredId);
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
  }, [dataset, items, selectedId, hoveredId, syncSelection]);

  // One Timeline per language.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const options = timelineOptions(lang, t, clusterCriteria(selectedRef, spanRef));
    // The Timeline is created empty; the window is set and the items given once its first
    // draw is done. vis-timeline's ways of doing this at creation misbehave: with the start/end
    // options its loading screen stays (swallowing the pointer) and clusters are not drawn
    // until the window next changes; without them its first fit() draws every item to measure
    // it and leaves items that end up clustered or out of the window drawn at the edge.
    container.style.visibility = 'hidden';
    options.onInitialDrawComplete = () => {
      const initial = initialWindow();
      if (initial) {
        spanRef.current = initial.end.getTime() - initial.start.getTime();
        timeline.setWindow(initial.start, initial.end, { animation: false });
      }
      timeline.setItems(dataset);
      syncSelection(timeline, true);
      container.style.visibility = '';
    };
    const timeline = new Timeline(container, [], options);
    timelineRef.current = timeline;
    timeline.on('select', (props: unknown) => select(idsOf(props)));
    timeline.on('itemover', (props: unknown) => hover(itemOf(props)));
    timeline.on('itemout', () => hover(null));
    timeline.on('rangechange', (props?: { start?: Date; end?: Date }) => {
      if (!props?.start || !props.end) return;
      const wasOff = spanRef.current <= CLUSTER_OFF_BELOW;
      spanRef.current = props.end.getTime() - props.start.getTime();
      // vis-timeline caches clusters per zoom level: recluster when clustering turns on or off.
      if (wasOff !== spanRef.current <= CLUSTER_OFF_BELOW)
        timeline.setOptions({ cluster: options.cluster });
    });
    // Content shown on hover can be dismissed without moving the pointer (WCAG 1.4.13).
    const hideTooltip = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      for (const tip of container.querySelectorAll<HTMLElement>('.vis-tooltip'))
        tip.style.visibility = 'hidden';
    };
    document.addEventListener('keydown', hideTooltip);
    timeline.on('rangechanged', (props?: { start?: Date; end?: Date; byUser?: boolean }) => {
      if (props?.byUser && props.start && props.end) windowChanged(props.start, props.end);
    });
    timeline.on('click', (props?: { isCluster?: boolean; time?: Date }) => {
      if (!props?.isCluster || !props.time) return;
      // Zoom in around a tapped cluster, as the user asked: report the new window.
      const { start, end } = timeline.getWindow();
      // Its items lie within ~100 px of each other: zooming in 8× spreads them apart, and
      // below CLUSTER_OFF_BELOW nothing is clustered any more.
      const span = Math.max((end.getTime() - start.getTime()) / CLUSTER_ZOOM, CLUSTER_OFF_BELOW);
      const centre = props.time.getTime();
      timeline.setWindow(centre - span / 2, centre + span / 2, { animation: false });
      const shown = timeline.getWindow();
      windowChanged(shown.start, shown.end);
    });
    return () => {
      document.removeEventListener('keydown', hideTooltip);
      timeline.destroy();
      // destroy() leaves the loading screen behind when the first draw had not finished.
      container.replaceChildren();
      if (timelineRef.current === timeline) timelineRef.current = null;
    };
  }, [dataset, lang, t, syncSelection]);

  // The window from the URL; none means "fit every event" (again when the events change).
  const start = window?.start ?? null;
  const end = window?.end ?? null;
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    if (start === null || end === null) {
      const fit = fitWindow(items);
      if (fit) timeline.setWindow(fit.start, fit.end, { animation: false });
      return;
    }
    const wanted = { start, end };
    const shown = timeline.getWindow();
    if (windowKey(toIsoWindow(shown.start, shown.end)) === windowKey(wanted)) return;
    const range = fromIsoWindow(wanted);
    timeline.setWindow(range.start, range.end, { animation: false });
  }, [start, end, items, lang]);

  const perform = useCallback(
    (action: TimelineKeyAction): IsoWindow | null => {
      const timeline = timelineRef.current;
      if (!timeline) return null;
      const fit = action.kind === 'fit' ? fitWindow(items) : null;
      if (fit) {
        timeline.setWindow(fit.start, fit.end, { animation: false });
      } else if (action.kind !== 'fit') {
        const w = timeline.getWindow();
        const from = w.start.getTime();
        const to = w.end.getTime();
        const span = to - from;
        if (action.kind === 'zoom') {
          const factor = action.direction === 'in' ? 1 / ZOOM_STEP : ZOOM_STEP;
          const next = Math.min(Math.max(span * factor, ZOOM_MIN), ZOOM_MAX);
          const centre = (from + to) / 2;
          timeline.setWindow(centre - next / 2, centre + next / 2, { animation: false });
        } else {
          const shift = span * PAN_STEP * (action.toward === 'later' ? 1 : -1);
          timeline.setWindow(from + shift, to + shift, { animation: false });
        }
      }
      const shown = timeline.getWindow();
      return toIsoWindow(shown.start, shown.end);
    },
    [items],
  );

  const reveal = useCallback(
    (id: string): IsoWindow | null => {
      const timeline = timelineRef.current;
      const item = items.find((i) => i.id === id);
      if (!timeline || !item) return null;
      const w = timeline.getWindow();
      const from = w.start.getTime();
      const to = w.end.getTime();
      const span = to - from;
      const margin = span * REVEAL_MARGIN;
      const start = item.start.getTime();
      const end = (item.end ?? item.start).getTime();
      if (start <= to - margin && end >= from + margin) return null;
      // Centre it; a range longer than the window shows from its start.
      const centre = end - start < span * 0.8 ? (start + end) / 2 : start + span * 0.4;
      timeline.setWindow(centre - span / 2, centre + span / 2, { animation: false });
      const shown = timeline.getWindow();
      return toIsoWindow(shown.start, shown.end);
    },
    [items],
  );

  return { containerRef, perform, reveal };
}
