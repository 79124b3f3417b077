import './TimeControls.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusEvent } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';
import { memoPerObject } from '../../domain/corpus/memo-per-object';
import { PlaybackControls } from './PlaybackControls';
import { TimelineLegend } from './TimelineLegend';
import { TimeOverview, type IsoDays } from './TimeOverview';
import { typesPresent } from './types-present';
import { DAY_MS } from '../../domain/dates/day-ms';

export interface TimeControlsProps {
  /** The timeline's events (every filter but time), in time order. */
  events: readonly CorpusEvent[];
  /** Every event of the corpus (the overview spans their time). */
  allEvents: readonly CorpusEvent[];
  from: string | null;
  to: string | null;
  /** The stretch of time the timeline shows now. */
  shown: IsoDays | null;
  at: string | null;
  possible: boolean;
  lang: Language;
  /** Sets the time filter (its chip clears it). */
  onFilter(days: { from: string; to: string }): void;
  /** Moves the timeline's view (navigation only). */
  onView(view: IsoDays): void;
  onAt(at: string | null): void;
  onPossible(possible: boolean): void;
}

const typesOf = memoPerObject(typesPresent);

/**
 * Under the timeline: playback, the overview strip (brush to filter by time), "Filter to this
 * stretch of time" (the timeline's view as the filter, on request), the timeline's legend
 * and, once time narrows what is shown, whether events that only may fall in it count.
 */
export function TimeControls(props: TimeControlsProps) {
  const { events, allEvents, from, to, shown, at, possible, lang } = props;
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(lang, 'common'), [i18n, lang]);
  const narrowed = from !== null || to !== null || at !== null;
  const onNavigate = (centre: string) => {
    // The same span of time as now, centred on the day clicked.
    const span = shown ? Date.parse(shown.end) - Date.parse(shown.start) : 90 * DAY_MS;
    const mid = Date.parse(centre);
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    props.onView({ start: day(mid - span / 2), end: day(mid + span / 2) });
  };
  return (
    <div className="tl-controls">
      <div className="tl-controls__row">
        <PlaybackControls
          events={events}
          from={from}
          to={to}
          at={at}
          lang={lang}
          onAt={props.onAt}
        />
        <TimeOverview
          events={events}
          allEvents={allEvents}
          from={from}
          to={to}
          shown={shown}
          at={at}
          lang={lang}
          onFilter={props.onFilter}
          onNavigate={onNavigate}
        />
        <button
          type="button"
          className="tl-controls__filter"
          disabled={shown === null}
          onClick={() => shown && props.onFilter({ from: shown.start, to: shown.end })}
        >
          {t('filterToView')}
        </button>
        <TimelineLegend types={typesOf(events)} lang={lang} />
      </div>
      {narrowed && (
        <label className="tl-controls__possible">
          <input
            type="checkbox"
            checked={possible}
            onChange={(e) => props.onPossible(e.target.checked)}
          />
          {t('includePossible')}
        </label>
      )}
    </div>
  );
}
