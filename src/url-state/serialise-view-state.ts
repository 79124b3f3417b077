import { encodeQueryValue } from './encode-query-value';
import { serialiseField } from './field-codec';
import { viewStateFields, viewStateKeys } from './keys';
import type { ViewState } from './view-state';

/**
 * The canonical query string of a view: keys in declaration order, defaults left out, values
 * that would not parse back left out. '' for the default view, otherwise '?…'.
 */
export function serialiseViewState(state: ViewState): string {
  const reversed = state.from !== null && state.to !== null && state.from > state.to;
  const parts: string[] = [];
  for (const field of viewStateFields) {
    if (reversed && (field === 'from' || field === 'to')) continue;
    const text = serialiseField(field, state[field]);
    if (text !== null) parts.push(`${viewStateKeys[field].name}=${encodeQueryValue(text)}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
