/**
 * Fetching and checking the corpus. Every way it can fail has a kind, so the error page can
 * say what is wrong and what to do in the user's language.
 */
import { buildCorpusIndex, type CorpusIndex } from '../domain/corpus-index';
import { corpusSchema } from '../domain/schema';

export type CorpusError =
  | { kind: 'network'; detail: string }
  | { kind: 'not-json'; detail: string }
  | { kind: 'schema'; issues: { path: string; message: string }[] };

export const CORPUS_URL = 'data/corpus.json';

export async function loadCorpus(
  url = CORPUS_URL,
): Promise<{ index: CorpusIndex } | { error: CorpusError }> {
  let text: string;
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return { error: { kind: 'network', detail: `HTTP ${response.status}` } };
    text = await response.text();
  } catch (err) {
    return { error: { kind: 'network', detail: err instanceof Error ? err.message : String(err) } };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return {
      error: { kind: 'not-json', detail: err instanceof Error ? err.message : String(err) },
    };
  }
  const parsed = corpusSchema.safeParse(data);
  if (!parsed.success) {
    return {
      error: {
        kind: 'schema',
        issues: parsed.error.issues
          .slice(0, 20)
          .map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
    };
  }
  return { index: buildCorpusIndex(parsed.data) };
}
