/**
 * Fetching and checking the bundled corpus: the index of a split corpus (split-schema.ts),
 * whose document texts are fetched later, shard by shard (shard-texts.ts), or a whole
 * single-file corpus served at the same address. Every way it can fail has a kind (missing,
 * HTTP error, network, not JSON, wrong shape), so the error page can say what is wrong and what
 * to do in the user's language. Rows that are bad are left out and reported as problems; only a
 * corpus with nothing usable is an error.
 */
import { buildCorpusIndex } from '../domain/corpus/corpus-index';
import { isSplitIndex } from '../domain/corpus/is-split-index';
import type { CorpusError } from '../features/data-problems/corpus-error';
import type { LoadedCorpus } from './corpus-source';
import { checkedCorpus, parseJson } from './parse-corpus';

/** From the build's base (`/` or ATHAR_BASE), so that any path the host serves the app at finds it. */
const CORPUS_URL = `${import.meta.env.BASE_URL}data/corpus/index.json`;
/** A server that has not begun to answer by then is taken as unreachable (the body may take longer). */
const ANSWER_TIMEOUT_MS = 20_000;

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function loadCorpus(url = CORPUS_URL): Promise<LoadedCorpus | { error: CorpusError }> {
  // The split index's checks load while the index is on its way (a chunk of their own).
  const splitModule = import('./load-split-index');
  splitModule.catch(() => {}); // not needed for a whole corpus; a failure is reported when it is
  let text: string;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`no answer within ${String(ANSWER_TIMEOUT_MS / 1000)} s`)),
    ANSWER_TIMEOUT_MS,
  );
  try {
    const response = await fetch(url, { cache: 'no-cache', signal: controller.signal });
    clearTimeout(timer);
    if (!response.ok) {
      const status = `HTTP ${String(response.status)} ${response.statusText}`.trim();
      const missing = response.status === 404 || response.status === 410;
      return { error: { kind: missing ? 'missing' : 'http', detail: status } };
    }
    text = await response.text();
  } catch (err) {
    return { error: { kind: 'network', detail: message(err) } };
  } finally {
    clearTimeout(timer);
  }
  const json = parseJson(text);
  if ('error' in json) return json;
  if (!isSplitIndex(json.data)) {
    const parsed = checkedCorpus(json.data);
    if ('error' in parsed) return parsed;
    return { index: buildCorpusIndex(parsed.corpus), problems: parsed.problems };
  }
  try {
    const { loadSplitIndex } = await splitModule;
    return loadSplitIndex(json.data, url);
  } catch (err) {
    return { error: { kind: 'network', detail: message(err) } };
  }
}
