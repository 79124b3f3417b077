import { serialiseField } from './field-codec';
import { viewStateFields, viewStateKeys } from './keys';
import type { ViewState } from './view-state';

/**
 * How a change from `before` to `after` enters the browser history: 'push' if any push key's
 * URL text changed, else 'replace' if any key's did, else null (the URL stays as it is).
 */
export function historyForChange(before: ViewState, after: ViewState): 'push' | 'replace' | null {
  let history: 'replace' | null = null;
  for (const field of viewStateFields) {
    if (serialiseField(field, before[field]) === serialiseField(field, after[field])) continue;
    if (viewStateKeys[field].history === 'push') return 'push';
    history = 'replace';
  }
  return history;
}
