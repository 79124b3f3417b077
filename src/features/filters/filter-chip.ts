/** What removing a chip removes: one actor, place or type, the time window, or the search. */
export type RemoveTarget =
  { key: 'actors' | 'places' | 'types'; id: string } | { key: 'time' } | { key: 'q' };

/** One active filter as the summary shows it. */
export interface FilterChip {
  /** Stable React key, e.g. "actors:akar". */
  key: string;
  /** What the chip says, e.g. "Actor: Hulusi Akar". */
  label: string;
  target: RemoveTarget;
}
