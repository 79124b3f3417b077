import { useCallback, useSyncExternalStore } from 'react';
import type { HoverSource } from './hover-store';

const same = (id: string | null) => id;

/**
 * What a component shows of the hovered event: by default its id; with `select`, a value
 * derived from it (a boolean for a row, a place for the map), so that the component re-renders
 * only when that value changes. `select` should return a primitive (compared with Object.is).
 */
export function useHovered(source: HoverSource): string | null;
export function useHovered<T>(source: HoverSource, select: (id: string | null) => T): T;
export function useHovered<T>(
  source: HoverSource,
  select: (id: string | null) => T = same as (id: string | null) => T,
): T {
  const subscribe = useCallback((listener: () => void) => source.subscribe(listener), [source]);
  const snapshot = () => select(source.get());
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
