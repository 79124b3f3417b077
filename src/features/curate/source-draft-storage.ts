/**
 * The unsaved edits of a document's meta and translation, kept in this browser (localStorage,
 * one entry a document) so that a closed tab or a crash loses nothing; they go once what is on
 * disk says the same. Reading never throws: storage that is off, full or holds something else
 * gives no draft.
 */
import type { MetaForm } from './source-form';

const KEY = 'athar.curate-source.';

export interface SourceDraft {
  meta?: MetaForm;
  /** The curator's English, by the Arabic of its sentence. */
  translations?: { ar: string; en: string }[];
}

const isPairs = (v: unknown): v is { ar: string; en: string }[] =>
  Array.isArray(v) &&
  v.every(
    (x) =>
      typeof x === 'object' &&
      x !== null &&
      typeof (x as { ar?: unknown }).ar === 'string' &&
      typeof (x as { en?: unknown }).en === 'string',
  );

const isMeta = (v: unknown): v is MetaForm =>
  typeof v === 'object' &&
  v !== null &&
  Object.values(v).every((x) => typeof x === 'string') &&
  typeof (v as { titleAr?: unknown }).titleAr === 'string';

export function loadSourceDraft(document: string): SourceDraft | null {
  try {
    const raw = localStorage.getItem(KEY + document);
    if (raw === null) return null;
    const v = JSON.parse(raw) as { meta?: unknown; translations?: unknown };
    const draft: SourceDraft = {
      ...(isMeta(v.meta) ? { meta: v.meta } : {}),
      ...(isPairs(v.translations) ? { translations: v.translations } : {}),
    };
    return draft.meta || draft.translations ? draft : null;
  } catch {
    return null;
  }
}

/** Keeps the draft (or forgets it when it is empty); false when the browser refused. */
export function saveSourceDraft(document: string, draft: SourceDraft): boolean {
  try {
    if (!draft.meta && !draft.translations) localStorage.removeItem(KEY + document);
    else localStorage.setItem(KEY + document, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}
