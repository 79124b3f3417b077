import type { DataProblem } from '../../domain/corpus/check-corpus';

/**
 * Why a corpus could not be used: each kind has its own explanation and advice in the locale
 * files. `missing`, `http` and `network` happen to the bundled corpus (fetched); `too-large`
 * and `read` to a file the user opens; `not-json` and `schema` to either.
 */
export type CorpusError =
  | {
      kind: 'missing' | 'http' | 'network' | 'not-json' | 'too-large' | 'read';
      /** A technical detail in English (an HTTP status, the parser's message). */
      detail: string;
    }
  | { kind: 'schema'; problems: DataProblem[] };
