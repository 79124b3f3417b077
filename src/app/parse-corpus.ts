/**
 * A corpus file's text → the usable corpus and its problems, or why it cannot be used. Shared
 * by the bundled corpus (main thread) and a file the user opens (in corpus-worker.ts).
 */
import { checkCorpus, type DataProblem } from '../domain/corpus/check-corpus';
import type { Corpus } from '../domain/corpus/schema';
import type { CorpusError } from '../features/data-problems/corpus-error';

export type ParsedCorpus = { corpus: Corpus; problems: DataProblem[] } | { error: CorpusError };

const MAX_DETAIL = 300;

function describe(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

/** The JSON value of a file's text, or why it is not JSON. */
export function parseJson(text: string): { data: unknown } | { error: CorpusError } {
  const json = text.replace(/^\uFEFF/, ''); // a byte-order mark is not JSON, but is harmless
  if (json.trim() === '') return { error: { kind: 'not-json', detail: 'the file is empty' } };
  try {
    return { data: JSON.parse(json) as unknown };
  } catch (err) {
    return { error: { kind: 'not-json', detail: describe(err) } };
  }
}

/** A parsed single-file corpus, checked. */
export function checkedCorpus(data: unknown): ParsedCorpus {
  const { corpus, problems } = checkCorpus(data);
  return corpus ? { corpus, problems } : { error: { kind: 'schema', problems } };
}

export function parseCorpus(text: string): ParsedCorpus {
  const parsed = parseJson(text);
  return 'error' in parsed ? parsed : checkedCorpus(parsed.data);
}
