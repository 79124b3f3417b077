/**
 * Reads a ViewState from a query string. Never throws: anything it cannot use (unknown keys,
 * malformed or over-long values, repeated keys, a reversed time window) is left out and
 * reported in `dropped`, so the app can show a polite notice.
 */
import type { Dropped } from './dropped';
import { parseField } from './field-codec';
import { viewStateFields, viewStateKeys } from './keys';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';

export interface ParsedViewState {
  state: ViewState;
  dropped: Dropped[];
}

const MAX_REPORTED = 100;
const fieldByName: ReadonlyMap<string, keyof ViewState> = new Map(
  viewStateFields.map((field) => [viewStateKeys[field].name, field]),
);

function clip(text: string): string {
  return text.length > MAX_REPORTED ? `${text.slice(0, MAX_REPORTED)}…` : text;
}

function setField<F extends keyof ViewState>(state: ViewState, field: F, value: ViewState[F]) {
  state[field] = value;
}

function read(search: string): ParsedViewState {
  const state: ViewState = { ...DEFAULT_VIEW_STATE };
  const dropped: Dropped[] = [];
  const drop = (key: string, value: string, reason: Dropped['reason']) =>
    dropped.push({ key: clip(key), value: clip(value), reason });
  const seen = new Set<string>();
  for (const [name, raw] of new URLSearchParams(search)) {
    const field = fieldByName.get(name);
    if (field === undefined) drop(name, raw, 'unknown-key');
    else if (seen.has(name))
      drop(name, raw, 'repeated'); // the first occurrence wins
    else {
      seen.add(name);
      const result = parseField(field, raw);
      if (typeof result === 'string') drop(name, raw, result);
      else setField(state, field, result.value);
    }
  }
  if (state.from !== null && state.to !== null && state.from > state.to) {
    drop(viewStateKeys.from.name, state.from, 'reversed');
    drop(viewStateKeys.to.name, state.to, 'reversed');
    state.from = null;
    state.to = null;
  }
  return { state, dropped };
}

export function parseViewState(search: string): ParsedViewState {
  try {
    return read(String(search));
  } catch {
    // Not reachable with a string argument; kept so a bad link can never blank the page.
    return {
      state: { ...DEFAULT_VIEW_STATE },
      dropped: [{ key: '', value: '', reason: 'malformed' }],
    };
  }
}
