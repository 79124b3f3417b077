/**
 * Drops ids the loaded corpus does not have (a stale link, another corpus), reporting each as
 * 'unknown-id'. Pure; returns the same state object when nothing is dropped.
 */
import type { Dropped } from './dropped';
import { viewStateKeys } from './keys';
import type { ParsedViewState } from './parse-view-state';
import type { ViewState } from './view-state';

/** The ids and event types present in the loaded corpus. */
export interface KnownIds {
  events: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  places: ReadonlySet<string>;
  documents: ReadonlySet<string>;
  types: ReadonlySet<string>;
}

type IdField = 'event' | 'actor' | 'place' | 'doc';
type ListField = 'actors' | 'places' | 'types';

const idFields: readonly (readonly [IdField, keyof KnownIds])[] = [
  ['event', 'events'],
  ['actor', 'actors'],
  ['place', 'places'],
  ['doc', 'documents'],
];
const listFields: readonly (readonly [ListField, keyof KnownIds])[] = [
  ['actors', 'actors'],
  ['places', 'places'],
  ['types', 'types'],
];

export function reconcileViewState(state: ViewState, known: KnownIds): ParsedViewState {
  const next: ViewState = { ...state };
  const dropped: Dropped[] = [];
  const drop = (field: keyof ViewState, value: string) =>
    dropped.push({ key: viewStateKeys[field].name, value, reason: 'unknown-id' });
  for (const [field, set] of idFields) {
    const id = state[field];
    if (id !== null && !known[set].has(id)) {
      drop(field, id);
      next[field] = null;
    }
  }
  for (const [field, set] of listFields) {
    const ids = state[field];
    const unknown = ids.filter((id) => !known[set].has(id));
    if (unknown.length > 0) {
      unknown.forEach((id) => drop(field, id));
      next[field] = ids.filter((id) => known[set].has(id));
    }
  }
  return { state: dropped.length === 0 ? state : next, dropped };
}
