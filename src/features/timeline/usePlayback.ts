import { useCallback, useEffect, useState } from 'react';
import { stopAtOrBefore } from '../../domain/timeline/playback-stops';

export interface Playback {
  playing: boolean;
  /** The index of the stop shown (−1 before the first). */
  index: number;
  play(): void;
  pause(): void;
  /** One stop earlier or later (pauses). */
  step(toward: -1 | 1): void;
}

/**
 * Playback through `stops` (ascending UTC midnights): while playing, the playhead moves to the
 * next stop every `stepMs` and playback stops by itself at the last one. The playhead itself
 * lives in the URL (`at`): `onAt` moves it, and each move comes back as `at`.
 */
export function usePlayback(
  stops: readonly number[],
  at: number | null,
  stepMs: number,
  onAt: (time: number) => void,
): Playback {
  const [playing, setPlaying] = useState(false);
  const index = at === null ? -1 : stopAtOrBefore(stops, at);
  const atEnd = index >= stops.length - 1;

  useEffect(() => {
    if (!playing) return;
    const next = stops[index + 1];
    if (next === undefined) return;
    // The first stop comes at once; each later one after a step's time. Reaching the last
    // stop ends playback.
    const id = setTimeout(
      () => {
        onAt(next);
        if (index + 1 >= stops.length - 1) setPlaying(false);
      },
      index < 0 ? 0 : stepMs,
    );
    return () => clearTimeout(id);
  }, [playing, index, stops, stepMs, onAt]);

  const play = useCallback(() => {
    // Played to the end: start again from the first stop.
    if (atEnd && stops.length > 0) onAt(stops[0] ?? 0);
    setPlaying(stops.length > 0);
  }, [atEnd, stops, onAt]);
  const pause = useCallback(() => setPlaying(false), []);
  const step = useCallback(
    (toward: -1 | 1) => {
      setPlaying(false);
      const target = stops[Math.min(Math.max(index + toward, 0), stops.length - 1)];
      if (target !== undefined) onAt(target);
    },
    [stops, index, onAt],
  );
  return { playing: playing && !atEnd, index, play, pause, step };
}
