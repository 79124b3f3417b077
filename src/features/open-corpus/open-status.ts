import type { CorpusError } from '../data-problems/corpus-error';

/** Where opening a file of the user's stands. */
export type OpenStatus =
  | { state: 'idle' }
  | { state: 'reading'; fileName: string }
  | { state: 'failed'; fileName: string; error: CorpusError };
