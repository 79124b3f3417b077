/**
 * Changes the URL could not hold, so they were not made (a filter that would pass its key's
 * length limit). The writer reports them here; a notice shows the latest until it is dismissed
 * or the next change is made. Throwaway UI state: never in the URL.
 */
import type { ViewState } from './view-state';

export interface Refusal {
  /** The fields whose new value did not fit; the rest of the change was made. */
  readonly fields: readonly (keyof ViewState)[];
}

let latest: Refusal | null = null;
const listeners = new Set<() => void>();

function set(refusal: Refusal | null): void {
  if (refusal === latest) return;
  latest = refusal;
  for (const listener of listeners) listener();
}

export function reportRefusal(fields: readonly (keyof ViewState)[]): void {
  set({ fields });
}

export function clearRefusal(): void {
  set(null);
}

export function currentRefusal(): Refusal | null {
  return latest;
}

export function subscribeRefusals(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
