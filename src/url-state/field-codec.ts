/** Typed access to one field's key, shared by parse and serialise. */
import type { Dropped } from './dropped';
import { viewStateKeys } from './keys';
import type { ViewState } from './view-state';

/** The field's URL text, or null when it is the default or would not parse back. */
export function serialiseField<F extends keyof ViewState>(
  field: F,
  value: ViewState[F],
): string | null {
  const key = viewStateKeys[field];
  const text = key.serialise(value);
  if (text === null || text.length > key.maxLength || key.parse(text) === undefined) return null;
  return text;
}

/**
 * Whether the field's value can be written in the URL: false when its text would pass the
 * key's length limit (serialiseField would then leave the key out and lose the value).
 */
export function fitsInUrl<F extends keyof ViewState>(field: F, value: ViewState[F]): boolean {
  const key = viewStateKeys[field];
  const text = key.serialise(value);
  return text === null || text.length <= key.maxLength;
}

/** The field's value from decoded URL text, or why it was dropped. */
export function parseField<F extends keyof ViewState>(
  field: F,
  raw: string,
): { value: ViewState[F] } | Dropped['reason'] {
  const key = viewStateKeys[field];
  if (raw.length > key.maxLength) return 'too-long';
  const value = key.parse(raw);
  return value === undefined ? 'malformed' : { value };
}
