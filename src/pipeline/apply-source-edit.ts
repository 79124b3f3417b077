/**
 * A curator's edit of a document's own files in `npm run curate`: its meta or its translation.
 * The file is checked as preprocess checks it (its schema, the debris lines it names, the
 * sentences it pairs with the text) and with preprocess's whole check on the curation as it
 * would be; it is written atomically only when none of that finds a problem in it and it
 * adds none elsewhere. A meta that changes the debris lines may leave the translation to be
 * paired again with the new sentences: that one consequence is allowed, and the page shows it.
 */
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { alignTranslations } from '../domain/pipeline/text/align-translations';
import { cleanDocument } from '../domain/pipeline/text/clean';
import { sourceEditRequest, type SourceFile } from '../domain/curation/curate-review';
import { documentMeta, translationsFile } from '../domain/curation/curation-schema';
import type { Problem } from '../domain/corpus/problem';
import { segmentSentences } from '../domain/pipeline/text/sentences';
import { checkCuration } from './curate-check';
import { hasSourceText, readSourceJson, sourceFile } from './curate-source-files';
import { isDocumentId, readReview, revisionOf, type DecisionResult } from './curate-store';
import { htmlLineToText } from './html-line-to-text';
import { stableJson } from './make-corpus-files';
import { parseJson } from './read-inputs';
import { writeFilesAtomically } from './write-atomic';

const refuse = (refusal: Extract<DecisionResult, { ok: false }>['refusal']): DecisionResult => ({
  ok: false,
  refusal,
});

/** Every string of a value that is still an ingest placeholder ("TODO …"), by its path. */
function todos(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return /^\s*TODO\b/.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => todos(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => todos(v, path ? `${path}.${k}` : k));
  return [];
}

/** The problems of the file itself: what preprocess checks of it alone and with the text. */
function ownProblems(root: string, id: string, file: SourceFile, value: unknown): Problem[] {
  const path = sourceFile(id, file);
  const problems: Problem[] = todos(value).map((p) => ({
    file: path,
    path: p,
    message: 'still a TODO placeholder',
  }));
  const raw = readFileSync(resolve(root, 'data/sources', `${id}.txt`), 'utf8');
  if (file === 'meta') {
    const meta = parseJson(path, value, documentMeta, problems);
    if (meta)
      for (const line of cleanDocument(raw, meta.debris, htmlLineToText).missing)
        problems.push({
          file: path,
          path: 'debris',
          message: `debris line not found in the text: «${line}»`,
        });
    return problems;
  }
  const translations = parseJson(path, value, translationsFile, problems);
  if (!translations) return problems;
  const saved = documentMeta.safeParse(readSourceJson(root, id, 'meta'));
  const text = cleanDocument(raw, saved.success ? saved.data.debris : [], htmlLineToText).text;
  for (const p of alignTranslations(text, segmentSentences(text), translations).problems)
    problems.push({ file: path, ...p });
  return problems;
}

const keyOf = (p: Problem) => `${p.file}\0${p.path}\0${p.message}`;

/** Checks one edit of a document's meta or translation and, when it passes, writes it. */
export function applySourceEdit(root: string, id: string, body: unknown): DecisionResult {
  if (!isDocumentId(id) || !hasSourceText(root, id))
    return refuse({ reason: 'bad-request', message: 'no such document' });
  const req = sourceEditRequest.safeParse(body);
  if (!req.success)
    return refuse({
      reason: 'bad-request',
      message: req.error.issues[0]?.message ?? 'bad request',
    });
  const { file, value, revision } = req.data;
  if (revision !== revisionOf(root, id)) return refuse({ reason: 'stale' });
  const path = sourceFile(id, file);
  const own = ownProblems(root, id, file, value);
  if (own.length > 0) return refuse({ reason: 'invalid', problems: own });
  const before = new Set(checkCuration(root).map(keyOf));
  const translationsPath = sourceFile(id, 'translations');
  const added = checkCuration(root, { files: { [path]: value } }).filter(
    (p) =>
      p.file === path ||
      (!before.has(keyOf(p)) && !(file === 'meta' && p.file === translationsPath)),
  );
  if (added.length > 0) return refuse({ reason: 'invalid', problems: added });
  const target = resolve(root, path);
  try {
    writeFilesAtomically([{ path: target, content: stableJson(value) }]);
  } catch (err) {
    try {
      rmSync(`${target}.tmp-${process.pid}`, { force: true });
    } catch {
      // Not a file this write staged (a directory in its way): left as it is.
    }
    return refuse({
      reason: 'write-failed',
      message: (err as NodeJS.ErrnoException).code ?? String(err),
    });
  }
  const after = readReview(root, id);
  return after ? { ok: true, review: after } : refuse({ reason: 'bad-request', message: 'gone' });
}
