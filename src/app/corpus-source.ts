/**
 * Which corpus the page shows, decided from the URL's `corpus` key and what is loaded. Pure.
 * - No `corpus` in the URL: the bundled corpus (or its loading / error page).
 * - `corpus=<name>` and the file the user opened in this tab has that name: that corpus.
 * - `corpus=<name>` otherwise: the page that explains the link points to someone's file —
 *   never the bundled corpus under another corpus's name.
 */
import type { CorpusIndex } from '../domain/corpus/corpus-index';
import type { DataProblem } from '../domain/corpus/check-corpus';
import type { CorpusError } from '../features/data-problems/corpus-error';

export interface LoadedCorpus {
  index: CorpusIndex;
  problems: DataProblem[];
}

export type BundledCorpusState =
  | { status: 'loading' }
  | { status: 'ready'; corpus: LoadedCorpus }
  | { status: 'error'; error: CorpusError };

/** The corpus the user opened from a file in this tab; `serial` counts the files opened. */
export interface UserCorpus {
  name: string;
  corpus: LoadedCorpus;
  serial: number;
}

export type CorpusSource =
  | { show: 'loading' }
  | { show: 'error'; error: CorpusError }
  | { show: 'foreign'; name: string }
  | {
      show: 'explorer';
      corpus: LoadedCorpus;
      /** The user's corpus name, or null for the bundled corpus. */
      name: string | null;
      /** Changes when another corpus is shown (to start the views afresh). */
      key: string;
    };

export function corpusSource(
  wanted: string | null,
  bundled: BundledCorpusState,
  user: UserCorpus | null,
  restoring: boolean,
): CorpusSource {
  if (wanted !== null) {
    if (user?.name === wanted) {
      return {
        show: 'explorer',
        corpus: user.corpus,
        name: wanted,
        key: `file-${String(user.serial)}`,
      };
    }
    return restoring ? { show: 'loading' } : { show: 'foreign', name: wanted };
  }
  if (bundled.status === 'loading') return { show: 'loading' };
  if (bundled.status === 'error') return { show: 'error', error: bundled.error };
  return { show: 'explorer', corpus: bundled.corpus, name: null, key: 'bundled' };
}
