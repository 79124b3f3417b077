import './timeline-strings';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDayMs } from '../../domain/corpus/corpus-index';
import { eventSpans } from '../../domain/timeline/event-spans';
import { playedFrom } from '../../domain/corpus/filter-events';
import { memoPerObject } from '../../domain/corpus/memo-per-object';
import { playbackStops } from '../../domain/timeline/playback-stops';
import type { CorpusEvent } from '../../domain/corpus/schema';
import { formatDay } from '../../i18n/format-date';
import type { Language } from '../../i18n/i18n';
import { isoDay } from './overview-scale';
import { PlaybackIcon } from './PlaybackIcon';
import { usePlayback } from './usePlayback';
import { DAY_MS } from '../../domain/dates/day-ms';

export interface PlaybackControlsProps {
  /** The events to play through (every filter but time), in time order. */
  events: readonly CorpusEvent[];
  /** The time filter: playback keeps inside it. */
  from: string | null;
  to: string | null;
  /** The playhead (ISO day), from the link; null = not playing, every event shown. */
  at: string | null;
  lang: Language;
  onAt(at: string | null): void;
}

/** Time per step at each speed (ms). */
const SPEEDS = { '0.5': 2000, '1': 1000, '2': 500, '4': 250, '8': 125 } as const;
type Speed = keyof typeof SPEEDS;

/** The day each event counts from in playback (its start, or its end for an open start). */
const playedSpansOf = memoPerObject((events: readonly CorpusEvent[]) =>
  eventSpans(events.map((e) => ({ date: { ...e.date, start: playedFrom(e.date) } }))),
);

/**
 * Play, pause and step through time: the map and the list show the events up to the
 * playhead (`at` in the link), the timeline marks it. Playback stops on each day an event
 * starts (or, for a long, dense corpus, at most 120 even steps) and stops by itself at the
 * end. Native buttons and a select: keyboard and screen readers work them as usual; the
 * day reached is announced politely when stepping, not at every step while playing.
 */
export function PlaybackControls({ events, from, to, at, lang, onAt }: PlaybackControlsProps) {
  const { i18n } = useTranslation();
  const t = useMemo(() => i18n.getFixedT(lang, 'timeline'), [i18n, lang]);
  const [speed, setSpeed] = useState<Speed>('1');
  const stops = useMemo(() => {
    const bounds =
      from === null && to === null
        ? null
        : {
            start: from === null ? -Infinity : isoDayMs(from),
            end: to === null ? Infinity : isoDayMs(to) + DAY_MS,
          };
    return playbackStops(playedSpansOf(events), bounds);
  }, [events, from, to]);
  const moveTo = useCallback((time: number) => onAt(isoDay(time)), [onAt]);
  const playback = usePlayback(stops, at === null ? null : isoDayMs(at), SPEEDS[speed], moveTo);
  const { playing, index } = playback;
  const none = stops.length === 0;

  return (
    <div className="tl-playback" role="group" aria-label={t('playback.label')}>
      <button
        type="button"
        className="tl-playback__button"
        onClick={() => playback.step(-1)}
        disabled={none || index <= 0}
        aria-label={t('playback.back')}
        title={t('playback.back')}
      >
        <PlaybackIcon name="back" />
      </button>
      <button
        type="button"
        className="tl-playback__button tl-playback__play"
        onClick={playing ? playback.pause : playback.play}
        disabled={none}
        aria-label={playing ? t('playback.pause') : t('playback.play')}
        title={playing ? t('playback.pause') : t('playback.play')}
      >
        <PlaybackIcon name={playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        className="tl-playback__button"
        onClick={() => playback.step(1)}
        disabled={none || index >= stops.length - 1}
        aria-label={t('playback.forward')}
        title={t('playback.forward')}
      >
        <PlaybackIcon name="forward" />
      </button>
      <select
        className="tl-playback__speed"
        value={speed}
        aria-label={t('playback.speed')}
        title={t('playback.speed')}
        onChange={(e) => setSpeed(e.target.value as Speed)}
      >
        {Object.keys(SPEEDS).map((s) => (
          <option key={s} value={s}>
            {t('playback.times', { speed: Number(s) })}
          </option>
        ))}
      </select>
      {at !== null && (
        <>
          <output className="tl-playback__at" aria-live={playing ? 'off' : 'polite'}>
            {t('playback.upTo', { date: formatDay(at, lang) })}
          </output>
          <button
            type="button"
            className="tl-playback__button tl-playback__stop"
            onClick={() => {
              playback.pause();
              onAt(null);
            }}
            aria-label={t('playback.stop')}
            title={t('playback.stop')}
          >
            <PlaybackIcon name="stop" />
          </button>
        </>
      )}
    </div>
  );
}
