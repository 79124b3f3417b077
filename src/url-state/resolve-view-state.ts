/**
 * parseViewState + reconcileViewState with a one-entry cache shared by every component, so
 * the same search string (and the same `known`) gives the very same objects: memoised views
 * downstream do not recompute.
 */
import { parseViewState, type ParsedViewState } from './parse-view-state';
import { reconcileViewState, type KnownIds } from './reconcile-view-state';

let parsed: { search: string; result: ParsedViewState } | null = null;
let reconciled: { from: ParsedViewState; known: KnownIds; result: ParsedViewState } | null = null;

export function resolveViewState(search: string, known?: KnownIds): ParsedViewState {
  if (parsed?.search !== search) parsed = { search, result: parseViewState(search) };
  const from = parsed.result;
  if (!known) return from;
  if (reconciled?.from !== from || reconciled.known !== known) {
    const { state, dropped } = reconcileViewState(from.state, known);
    const result = dropped.length === 0 ? from : { state, dropped: [...from.dropped, ...dropped] };
    reconciled = { from, known, result };
  }
  return reconciled.result;
}
