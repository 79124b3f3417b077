/**
 * Reading the pipeline's inputs from disk: every file parsed and validated, every problem
 * named with its file and field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { CorpusInputs, SourceInput } from '../domain/pipeline/build-corpus';
import { INPUT_FILES } from '../domain/pipeline/build-corpus';
import {
  actorsFile,
  corpusInfo,
  documentMeta,
  eventsFile,
  placesFile,
  translationsFile,
} from '../domain/curation/curation-schema';
import { describeJsonError } from '../domain/pipeline/json-error-position';
import { NO_NAME_RULES, nameRulesFile } from '../domain/pipeline/names/name-rules';
import type { Problem } from '../domain/corpus/problem';

/** Files read from memory instead of disk: their JSON value, keyed by path from the root. */
export type InputOverrides = ReadonlyMap<string, unknown>;

export function readJson<T>(
  root: string,
  file: string,
  schema: z.ZodType<T>,
  problems: Problem[],
  overrides?: InputOverrides,
): T | null {
  if (overrides?.has(file)) return parseJson(file, overrides.get(file), schema, problems);
  let raw: string;
  try {
    raw = readFileSync(join(root, file), 'utf8');
  } catch (err) {
    problems.push({
      file,
      path: '',
      message: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    });
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    const where = describeJsonError(raw, (err as Error).message);
    problems.push({ file, path: '', message: `not valid JSON: ${where}` });
    return null;
  }
  return parseJson(file, data, schema, problems);
}

/** A file's JSON checked against its schema; every issue named with its file and field. */
export function parseJson<T>(
  file: string,
  data: unknown,
  schema: z.ZodType<T>,
  problems: Problem[],
): T | null {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({
        file,
        path: issue.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, ''),
        message: issue.message,
      });
    }
    return null;
  }
  return parsed.data;
}

export const SOURCES_DIR = 'data/sources';
export const CORPUS_INFO_FILE = 'data/curation/corpus.json';

/**
 * Every input, parsed and checked. `overrides` stands in for files as a curator would write
 * them (the curate server checks a change before writing it).
 */
export function readInputs(
  root: string,
  overrides?: InputOverrides,
): { inputs: CorpusInputs | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const info = readJson(root, CORPUS_INFO_FILE, corpusInfo, problems, overrides);
  const actors = readJson(root, INPUT_FILES.actors, actorsFile, problems, overrides);
  const places = readJson(root, INPUT_FILES.places, placesFile, problems, overrides);
  const events = readJson(root, INPUT_FILES.events, eventsFile, problems, overrides);
  const nameRules = existsSync(join(root, INPUT_FILES.nameRules))
    ? readJson(root, INPUT_FILES.nameRules, nameRulesFile, problems, overrides)
    : NO_NAME_RULES;
  const sourceDir = join(root, SOURCES_DIR);
  const ids = existsSync(sourceDir)
    ? readdirSync(sourceDir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => f.slice(0, -4))
        .sort()
    : [];
  if (ids.length === 0)
    problems.push({ file: SOURCES_DIR, path: '', message: 'no documents (*.txt) found' });
  const sources: SourceInput[] = [];
  for (const id of ids) {
    const file = `${SOURCES_DIR}/${id}.txt`;
    let raw: string | null = null;
    try {
      raw = readFileSync(join(root, file), 'utf8');
      if (raw.includes('\uFFFD'))
        problems.push({ file, path: '', message: 'the file is not valid UTF-8' });
    } catch (err) {
      problems.push({
        file,
        path: '',
        message: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
      });
    }
    const meta = readJson(root, INPUT_FILES.meta(id), documentMeta, problems, overrides);
    const translations = readJson(
      root,
      INPUT_FILES.translations(id),
      translationsFile,
      problems,
      overrides,
    );
    if (raw !== null && meta && translations) sources.push({ id, raw, meta, translations });
  }
  if (problems.length > 0 || !info || !actors || !places || !events || !nameRules)
    return { inputs: null, problems };
  return { inputs: { info, sources, actors, places, events, nameRules }, problems };
}
