/**
 * A split corpus's index (parsed JSON) → the corpus to explore, its texts to be fetched shard
 * by shard from `url`'s folder. Loaded while the index is being fetched (load-corpus.ts), so
 * that the first page's script stays small.
 */
import { checkSplitIndex } from '../domain/corpus/check-split-index';
import { buildSplitCorpusIndex } from '../domain/corpus/corpus-index';
import type { CorpusError } from '../features/data-problems/corpus-error';
import type { LoadedCorpus } from './corpus-source';
import { shardTexts } from './shard-texts';

export function loadSplitIndex(data: unknown, url: string): LoadedCorpus | { error: CorpusError } {
  const checked = checkSplitIndex(data);
  if (!checked.corpus) return { error: { kind: 'schema', problems: checked.problems } };
  const { corpus } = checked;
  const entities = new Set([...corpus.actors.map((a) => a.id), ...corpus.places.map((p) => p.id)]);
  const base = url.slice(0, url.lastIndexOf('/') + 1);
  const texts = shardTexts(base, checked.documents, checked.shards, entities);
  return {
    index: buildSplitCorpusIndex(corpus, texts, checked.mentionCounts),
    problems: checked.problems,
  };
}
