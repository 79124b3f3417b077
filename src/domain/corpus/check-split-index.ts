/**
 * Partial validation of a split corpus's index (split-schema.ts), as checkCorpus does for a
 * single file: the top level must be an index (format, version, id, name, the lists, the
 * shards); below it each row is checked on its own and a bad one is left out and reported.
 * Evidence offsets are checked against each document's `length`, as its text is not here. A
 * document whose shard is not listed is left out (its text could never be had).
 *
 * Pure: problems carry codes the interface translates (see check-corpus.ts).
 */
import { z } from 'zod';
import { checkDate, checkRows, parseRows, Report, type DataProblem } from './check-corpus';
import { SPLIT_INDEX_FORMAT } from './is-split-index';
import * as guard from './row-guards';
import type { Story } from './schema';
import {
  documentEntry,
  documentInfoOf,
  shardEntry,
  type CorpusHead,
  type DocumentEntry,
  type ShardEntry,
} from './split-schema';
import { bilingual } from './schema';

const topLevel = z.object({
  format: z.literal(SPLIT_INDEX_FORMAT),
  version: z.literal(1),
  id: z.string().min(1),
  name: bilingual,
  documents: z.array(z.unknown()),
  shards: z.array(shardEntry),
  mentionCounts: z.record(z.string(), z.number().int().nonnegative()),
  actors: z.array(z.unknown()),
  places: z.array(z.unknown()),
  events: z.array(z.unknown()),
  stories: z.array(z.unknown()).optional(),
});

export interface CheckedSplitIndex {
  /** The usable corpus without its texts, or null when nothing usable remains. */
  corpus: CorpusHead | null;
  /** Each usable document's shard, and the shards. */
  documents: DocumentEntry[];
  shards: ShardEntry[];
  /** Mentions of each actor or place (of those kept). */
  mentionCounts: Map<string, number>;
  problems: DataProblem[];
}

export function checkSplitIndex(raw: unknown): CheckedSplitIndex {
  const report = new Report();
  const top = topLevel.safeParse(raw);
  if (!top.success) {
    report.issues('corpus', '', '', top.error, raw, 'fatal', 30);
    return {
      corpus: null,
      documents: [],
      shards: [],
      mentionCounts: new Map(),
      problems: report.problems,
    };
  }
  const input = top.data;
  let entries: DocumentEntry[] = [];
  const rows = checkRows(input, report, () => {
    entries = parseRows(
      input.documents,
      guard.documentEntry,
      documentEntry,
      'document',
      report,
    ).filter((d) => {
      if (d.shard < input.shards.length) return true;
      report.add('document', d.id, 'shard', 'out-of-range', 'row-dropped', String(d.shard));
      return false;
    });
    entries = entries.map((d) => {
      const own = new Map([[d.id, d.length]]);
      const published = checkDate(d.published, own, (field, problem) =>
        report.add('document', d.id, `published.${field}`, problem, 'part-dropped'),
      );
      return published === d.published ? d : { ...d, published };
    });
    const documents = entries.map(documentInfoOf);
    return { documents, lengths: new Map(entries.map((d) => [d.id, d.length])) };
  });
  if (!rows) {
    return {
      corpus: null,
      documents: [],
      shards: [],
      mentionCounts: new Map(),
      problems: report.problems,
    };
  }
  const kept = new Set([...rows.actors.map((a) => a.id), ...rows.places.map((p) => p.id)]);
  const mentionCounts = new Map<string, number>();
  for (const [entity, count] of Object.entries(input.mentionCounts))
    if (kept.has(entity)) mentionCounts.set(entity, count);
  const stories: Story[] | undefined = rows.stories;
  const corpus: CorpusHead = {
    version: 1,
    id: input.id,
    name: input.name,
    documents: rows.documents,
    actors: rows.actors,
    places: rows.places,
    events: rows.events,
    ...(stories ? { stories } : {}),
  };
  return {
    corpus,
    documents: entries,
    shards: input.shards,
    mentionCounts,
    problems: report.problems,
  };
}
