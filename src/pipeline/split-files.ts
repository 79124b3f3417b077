/**
 * The files of a split corpus (split-corpus.ts) for a folder: `index.json` and `shards/*.json`,
 * hashed with Node's SHA-256 (the same digest as the pure one, faster), and the JSON Schemas
 * of both kinds of file. Writing is the caller's; `staleShards` lists what a new split leaves over.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Corpus } from '../domain/corpus/schema';
import { splitCorpus } from '../domain/corpus/split-corpus';
import { splitIndexSchema, splitShardSchema } from '../domain/corpus/split-schema';

export const SPLIT_DIR = 'public/data/corpus';
export const SPLIT_INDEX_SCHEMA_FILE = 'docs/split-index.schema.json';
export const SPLIT_SHARD_SCHEMA_FILE = 'docs/split-shard.schema.json';

export function nodeSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The index and shards of `corpus`, as files under `dir`. */
export function splitFiles(
  corpus: Corpus,
  dir: string,
  shardBytes?: number,
): { path: string; content: string }[] {
  const { index, shards } = splitCorpus(corpus, { shardBytes, hash: nodeSha256 });
  return [
    { path: join(dir, 'index.json'), content: JSON.stringify(index) },
    ...shards.map((s) => ({ path: join(dir, s.file), content: s.text })),
  ];
}

/** The `.json` files in `dir`/shards that are not in `keep` (paths as splitFiles gives them). */
export function staleShards(dir: string, keep: readonly string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(join(dir, 'shards'));
  } catch {
    return [];
  }
  const kept = new Set(keep);
  return names
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(dir, 'shards', name))
    .filter((path) => !kept.has(path));
}

function schemaText(id: string, title: string, description: string, schema: z.ZodType): string {
  const json = {
    $id: id,
    title,
    description,
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function splitSchemaFiles(): { path: string; content: string }[] {
  return [
    {
      path: SPLIT_INDEX_SCHEMA_FILE,
      content: schemaText(
        'split-index.schema.json',
        'Athar split corpus: index',
        'The index of a split corpus (index.json): events, actors, places, stories, each document without its text, mention counts, and the shards with the SHA-256 of each. Evidence offsets index into texts held by the shards.',
        splitIndexSchema,
      ),
    },
    {
      path: SPLIT_SHARD_SCHEMA_FILE,
      content: schemaText(
        'split-shard.schema.json',
        'Athar split corpus: shard',
        'A shard of a split corpus (shards/<first 16 hex digits of its SHA-256>.json): the text, sentences with translations and mentions of some documents.',
        splitShardSchema,
      ),
    },
  ];
}
