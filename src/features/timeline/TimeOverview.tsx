import './timeline-strings';
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDayMs } from '../../domain/corpus/corpus-index';
import { eventSpans } from '../../domain/timeline/event-spans';
import { memoPerObject } from '../../domain/corpus/memo-per-object';
import type { CorpusEvent } from '../../domain/corpus/schema';
import { timeExtent, timeHistogram } from '../../domain/timeline/time-histogram';
import { formatDay } from '../../i18n/format-date';
import type { Language } from '../../i18n/i18n';
import { INTL_LOCALE } from '../../i18n/intl-locale';
import { dayAtShare, isoDay, shareOf, yearTicks, type OverviewScale } from './overview-scale';
import { useElementSize } from './useElementSize';
import { DAY_MS } from '../../domain/dates/day-ms';

export interface IsoDays {
  start: string;
  end: string;
}

export interface TimeOverviewProps {
  /** The events to count (every filter but time), in time order. */
  events: readonly CorpusEvent[];
  /** Every event of the corpus: the strip spans their time, whatever the filters. */
  allEvents: readonly CorpusEvent[];
  /** The time filter (ISO days, both inclusive), or null ends for open. */
  from: string | null;
  to: string | null;
  /** The stretch of time the timeline shows, marked on the strip. */
  shown: IsoDays | null;
  /** Playback's day, marked on the strip. */
  at: string | null;
  lang: Language;
  /** A brush (or a handle moved) sets the time filter. */
  onFilter(days: { from: string; to: string }): void;
  /** A click (no drag) moves the timeline's view there: navigation, not a filter. */
  onNavigate(centre: string): void;
}

/** A bar every this many px of strip (12 to 120 bars). */
const BAR_PX = 6;
const HEIGHT = 32;
/** A drag shorter than this (px) is a click. */
const DRAG_PX = 4;

const spansOf = memoPerObject(eventSpans);
const extentOf = memoPerObject((events: readonly CorpusEvent[]) => timeExtent(spansOf(events)));

type Edge = 'from' | 'to';

/**
 * The overview strip under the timeline: a histogram of the events over the whole corpus's
 * time, with the timeline's view outlined and the time filter shaded. Dragging across it sets
 * the time filter (the only thing that narrows the map and the list by time); its two handles
 * are sliders for the keyboard (arrows a small step, Page Up/Down a tenth, Home/End the ends).
 * A click without a drag moves the timeline there. Earlier dates are at the start edge: the
 * left in English, the right in Arabic.
 */
export function TimeOverview(props: TimeOverviewProps) {
  const { events, allEvents, from, to, shown, at, lang } = props;
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(lang, 'timeline'), [i18n, lang]);
  const stripRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(stripRef);
  const extent = extentOf(allEvents);
  const scale: OverviewScale | null = extent;
  const buckets = Math.min(Math.max(Math.round((size?.width ?? 360) / BAR_PX), 12), 120);
  const histogram = useMemo(
    () => (scale ? timeHistogram(spansOf(events), scale, buckets) : null),
    [events, scale, buckets],
  );
  /** A brush being dragged: its two ends (shares of the strip). */
  const [drag, setDrag] = useState<{ a: number; b: number; edge: Edge | null } | null>(null);
  /** Where the pointer went down (px), to tell a click from a drag. */
  const startX = useRef(0);
  const rtl = lang === 'ar';

  if (!scale || !histogram) return null;

  const fromMs = from === null ? scale.start : isoDayMs(from);
  const toMs = to === null ? scale.end - DAY_MS : isoDayMs(to);
  const filtered = from !== null || to !== null;
  let lo = shareOf(scale, fromMs);
  let hi = shareOf(scale, toMs + DAY_MS);
  if (drag) {
    lo = Math.min(drag.a, drag.b);
    hi = Math.max(drag.a, drag.b);
  }
  const yearFormat = new Intl.NumberFormat(INTL_LOCALE[lang], { useGrouping: false });
  const ticks = yearTicks(scale, size?.width ?? 400);

  const shareAt = (clientX: number): number => {
    const box = stripRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    const share = (clientX - box.left) / box.width;
    return rtl ? 1 - share : share;
  };
  /** The days from the one at share `a` to the one at share `b`, both inclusive. */
  const commit = (a: number, b: number) => {
    const start = dayAtShare(scale, Math.min(a, b));
    const end = Math.max(start, dayAtShare(scale, Math.max(a, b)));
    props.onFilter({ from: isoDay(start), to: isoDay(end) });
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const edge = (e.target as HTMLElement).dataset.edge as Edge | undefined;
    const share = shareAt(e.clientX);
    e.currentTarget.setPointerCapture(e.pointerId);
    if (edge) setDrag(edge === 'from' ? { a: hi, b: share, edge } : { a: lo, b: share, edge });
    else setDrag({ a: share, b: share, edge: null });
    startX.current = e.clientX;
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    setDrag({ ...drag, b: shareAt(e.clientX) });
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    const moved = Math.abs(e.clientX - startX.current) >= DRAG_PX;
    setDrag(null);
    if (moved) commit(drag.a, shareAt(e.clientX));
    else if (!drag.edge) props.onNavigate(isoDay(dayAtShare(scale, drag.a)));
  };

  const onKey = (edge: Edge) => (e: KeyboardEvent<HTMLSpanElement>) => {
    const span = scale.end - scale.start;
    const small = Math.max(DAY_MS, span / 200);
    const later = rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, number> = {
      [later]: small,
      ArrowUp: small,
      [earlier]: -small,
      ArrowDown: -small,
      PageUp: span / 10,
      PageDown: -span / 10,
    };
    let start = fromMs;
    let end = toMs;
    const current = edge === 'from' ? start : end;
    let next: number;
    if (e.key === 'Home') next = edge === 'from' ? scale.start : start;
    else if (e.key === 'End') next = edge === 'to' ? scale.end - DAY_MS : end;
    else if (e.key in moves) next = current + (moves[e.key] ?? 0);
    else return;
    e.preventDefault();
    next = Math.floor(Math.min(Math.max(next, scale.start), scale.end - DAY_MS) / DAY_MS) * DAY_MS;
    if (edge === 'from') start = Math.min(next, end);
    else end = Math.max(next, start);
    props.onFilter({ from: isoDay(start), to: isoDay(end) });
  };

  const bars: string[] = [];
  const width = 100 / buckets;
  histogram.counts.forEach((count, k) => {
    if (count === 0) return;
    // At least a sliver for any bucket with an event: one event in 100,000 is still seen.
    const h = Math.max(3, (count / Math.max(histogram.max, 1)) * HEIGHT);
    bars.push(
      `M${String(k * width)} ${String(HEIGHT)}v${String(-h)}h${String(width)}v${String(h)}z`,
    );
  });
  const label = (time: number) => formatDay(isoDay(time), lang);
  const thumb = (edge: Edge, time: number, share: number) => (
    <span
      className={`tl-overview__handle tl-overview__handle--${edge}`}
      style={{ insetInlineStart: `${String(share * 100)}%` }}
      role="slider"
      tabIndex={0}
      data-edge={edge}
      aria-label={t(edge === 'from' ? 'overview.from' : 'overview.to')}
      aria-valuemin={Math.floor(scale.start / DAY_MS)}
      aria-valuemax={Math.floor((scale.end - DAY_MS) / DAY_MS)}
      aria-valuenow={Math.floor(time / DAY_MS)}
      aria-valuetext={label(time)}
      onKeyDown={onKey(edge)}
    />
  );

  return (
    <div className="tl-overview" dir={rtl ? 'rtl' : 'ltr'}>
      <div
        ref={stripRef}
        className="tl-overview__strip"
        role="group"
        aria-label={t('overview.label', {
          start: label(scale.start),
          end: label(scale.end - DAY_MS),
        })}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
      >
        <svg
          className="tl-overview__bars"
          viewBox={`0 0 100 ${String(HEIGHT)}`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          <path d={bars.join('')} />
        </svg>
        {ticks.map((time) => (
          <span
            key={time}
            className="tl-overview__tick"
            style={{ insetInlineStart: `${String(shareOf(scale, time) * 100)}%` }}
            aria-hidden="true"
          >
            {yearFormat.format(new Date(time).getUTCFullYear())}
          </span>
        ))}
        {shown && (
          <span
            className="tl-overview__view"
            style={{
              insetInlineStart: `${String(shareOf(scale, isoDayMs(shown.start)) * 100)}%`,
              inlineSize: `${String(Math.max(0.5, (shareOf(scale, isoDayMs(shown.end) + DAY_MS) - shareOf(scale, isoDayMs(shown.start))) * 100))}%`,
            }}
            aria-hidden="true"
          />
        )}
        {(filtered || drag) && (
          <span
            className="tl-overview__brush"
            data-testid="overview-brush"
            style={{
              insetInlineStart: `${String(lo * 100)}%`,
              inlineSize: `${String(Math.max(0, hi - lo) * 100)}%`,
            }}
            aria-hidden="true"
          />
        )}
        {at !== null && (
          <span
            className="tl-overview__playhead"
            style={{ insetInlineStart: `${String(shareOf(scale, isoDayMs(at) + DAY_MS) * 100)}%` }}
            aria-hidden="true"
          />
        )}
        {thumb('from', fromMs, lo)}
        {thumb('to', toMs, hi)}
      </div>
    </div>
  );
}
