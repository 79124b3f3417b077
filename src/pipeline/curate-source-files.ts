/**
 * A document's own files as `npm run curate` reads and writes them: its meta
 * (data/sources/<id>.meta.json: the one file outside data/curation the server may write, and
 * only for a document whose text is there) and its translation
 * (data/curation/translations/<id>.json). The text itself (<id>.txt) is never written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { INPUT_FILES } from '../domain/pipeline/build-corpus';

const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,80}$/;

/** The path (from the root) of a document's meta or translation file. */
export function sourceFile(id: string, file: 'meta' | 'translations'): string {
  if (!DOCUMENT_ID.test(id)) throw new Error(`refused: "${id}" is not a document id`);
  return file === 'meta' ? INPUT_FILES.meta(id) : INPUT_FILES.translations(id);
}

/** Whether the document's text is in data/sources (a meta is written only beside it). */
export const hasSourceText = (root: string, id: string): boolean =>
  DOCUMENT_ID.test(id) && existsSync(resolve(root, 'data/sources', `${id}.txt`));

/** A document's meta or translation file as text, or null when it is not there. */
export function readSourceFile(
  root: string,
  id: string,
  file: 'meta' | 'translations',
): string | null {
  const path = resolve(root, sourceFile(id, file));
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** The same file parsed, or null when it is missing or not JSON. */
export function readSourceJson(root: string, id: string, file: 'meta' | 'translations'): unknown {
  const raw = readSourceFile(root, id, file);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}
