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

export function readJson<T>(
  root: string,
  file: string,
  schema: z.ZodType<T>,
  problems: Problem[],
): T | null {
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

export function readInputs(root: string): { inputs: CorpusInputs | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const info = readJson(root, CORPUS_INFO_FILE, corpusInfo, problems);
  const actors = readJson(root, INPUT_FILES.actors, actorsFile, problems);
  const places = readJson(root, INPUT_FILES.places, placesFile, problems);
  const events = readJson(root, INPUT_FILES.events, eventsFile, problems);
  const nameRules = existsSync(join(root, INPUT_FILES.nameRules))
    ? readJson(root, INPUT_FILES.nameRules, nameRulesFile, problems)
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
    const meta = readJson(root, INPUT_FILES.meta(id), documentMeta, problems);
    const translations = readJson(root, INPUT_FILES.translations(id), translationsFile, problems);
    if (raw !== null && meta && translations) sources.push({ id, raw, meta, translations });
  }
  if (problems.length > 0 || !info || !actors || !places || !events || !nameRules)
    return { inputs: null, problems };
  return { inputs: { info, sources, actors, places, events, nameRules }, problems };
}
