/**
 * Applies patches to the view state and writes the result: at once, as a new history entry,
 * when a push key changes; otherwise as a replacement, throttled so that panning or brushing
 * writes at most once per `waitMs` (the first change at once, then the latest change at the
 * end of each window).
 */
import { fitsInUrl } from './field-codec';
import { historyForChange } from './history-for-change';
import { viewStateFields } from './keys';
import type { ViewState } from './view-state';

export interface ViewStateWriterOptions {
  /** The state a patch applies to: the URL's, including any write not yet rendered. */
  current(): ViewState;
  write(state: ViewState, history: 'push' | 'replace'): void;
  /**
   * Told which fields of a change were not made because the URL could not hold them (a
   * filter longer than its key's limit): they keep their value; the rest of the change is made.
   */
  refused?(fields: (keyof ViewState)[]): void;
  waitMs: number;
}

export interface ViewStateWriter {
  update(patch: Partial<ViewState>): void;
  /** Forgets a throttled change not yet written. */
  cancel(): void;
}

function keep<F extends keyof ViewState>(after: ViewState, before: ViewState, field: F): void {
  after[field] = before[field];
}

export function createViewStateWriter(options: ViewStateWriterOptions): ViewStateWriter {
  let pending: Partial<ViewState> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const openWindow = () => {
    timer = setTimeout(() => {
      timer = null;
      const patch = pending;
      pending = null;
      if (patch) update(patch);
    }, options.waitMs);
  };

  function update(patch: Partial<ViewState>): void {
    const merged = { ...pending, ...patch };
    const before = options.current();
    const after = { ...before, ...merged };
    // A value the URL cannot hold would be left out of it, losing what was there: keep that.
    const refused = viewStateFields.filter((field) => !fitsInUrl(field, after[field]));
    for (const field of refused) keep(after, before, field);
    const history = historyForChange(before, after);
    if (history === 'replace' && timer !== null) {
      pending = merged;
      return;
    }
    pending = null;
    if (history !== null) options.write(after, history);
    if (refused.length > 0) options.refused?.(refused);
    if (history === 'replace') openWindow();
  }

  return {
    update,
    cancel: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
