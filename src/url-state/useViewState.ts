/**
 * The view state in the URL, for components: `state` (parsed, and reconciled with the corpus
 * when `known` is given), `dropped` (what the URL had that could not be used) and `update`.
 *
 * Reads and writes go through react-router's location and navigate. (Not setSearchParams: it
 * re-encodes the query with URLSearchParams, which turns `,` and `/` into %2C and %2F and
 * drops the hash.)
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate, type NavigateFunction } from 'react-router';
import { createViewStateWriter, type ViewStateWriter } from './create-view-state-writer';
import type { ParsedViewState } from './parse-view-state';
import type { KnownIds } from './reconcile-view-state';
import { clearRefusal, reportRefusal } from './refusals';
import { resolveViewState } from './resolve-view-state';
import { serialiseViewState } from './serialise-view-state';
import type { ViewState } from './view-state';

/** Replacements (map view, time window, search text) are written at most this often. */
export const VIEW_STATE_THROTTLE_MS = 250;

export interface ViewStateHandle extends ParsedViewState {
  /** Writes `patch` into the URL: a history entry if a selection or filter changed. Stable. */
  update(patch: Partial<ViewState>): void;
}

interface Latest {
  search: string;
  pathname: string;
  hash: string;
  navigate: NavigateFunction;
  known: KnownIds | undefined;
}

export function useViewState(known?: KnownIds): ViewStateHandle {
  const location = useLocation();
  const navigate = useNavigate();
  const resolved = resolveViewState(location.search, known);
  const { search, pathname, hash } = location;
  const latest = useRef<Latest>({ search, pathname, hash, navigate, known });

  const writer = useRef<ViewStateWriter | null>(null);
  const update = useCallback((patch: Partial<ViewState>) => {
    writer.current ??= createViewStateWriter({
      waitMs: VIEW_STATE_THROTTLE_MS,
      current: () => resolveViewState(latest.current.search, latest.current.known).state,
      write: (state, history) => {
        const { pathname, hash } = latest.current;
        const search = serialiseViewState(state);
        latest.current.search = search; // a second update before the next render builds on it
        latest.current.navigate({ pathname, search, hash }, { replace: history === 'replace' });
        if (history === 'push') clearRefusal(); // a new choice was made: the old refusal is old news
      },
      refused: reportRefusal,
    });
    writer.current.update(patch);
  }, []);

  // The search follows the location only when the location changes (a write, Back, a link).
  useLayoutEffect(() => {
    latest.current.search = location.search;
  }, [location.search]);
  useLayoutEffect(() => {
    const { pathname, hash } = location;
    Object.assign(latest.current, { pathname, hash, navigate, known });
  });
  useEffect(() => () => writer.current?.cancel(), []);

  return useMemo(() => ({ ...resolved, update }), [resolved, update]);
}
