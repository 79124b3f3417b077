/**
 * A document's own files as forms, apart from React: its meta (titles, publisher, credits, the
 * publication date and how it is known, web-page debris lines) and its translation (the English
 * of each sentence as the pipeline segments the text); what must be fixed before either is sent
 * (as locale keys of the curate namespace); and the files made from them.
 */
import type { DocumentReview, SourceFile } from '../../domain/curation/curate-review';
import type { FormProblem } from './curate-form';

export type PublishedBasis = 'stated' | 'external';
export type Precision = 'day' | 'month' | 'year' | 'range';

export interface MetaForm {
  titleAr: string;
  titleEn: string;
  publisherAr: string;
  publisherEn: string;
  /** One a line. */
  credits: string;
  start: string;
  end: string;
  precision: Precision;
  basis: PublishedBasis;
  noteAr: string;
  noteEn: string;
  /** Whole lines of the text to drop, one a line. */
  debris: string;
}

const isTodo = (s: string) => /^\s*TODO\b/.test(s);
const filled = (s: string) => s.trim() !== '' && !isTodo(s);
const str = (v: unknown) => (typeof v === 'string' && !isTodo(v) ? v : '');
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const strings = (v: unknown) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

/** The form of a meta file as it is on disk (ingest's stub: its TODOs become empty fields). */
export function metaFormOf(meta: unknown): MetaForm {
  const m = obj(meta);
  const title = obj(m.title);
  const publisher = obj(m.publisher);
  const published = obj(m.published);
  const note = obj(published.note);
  const precision = str(published.precision);
  return {
    titleAr: str(title.ar),
    titleEn: str(title.en),
    publisherAr: str(publisher.ar),
    publisherEn: str(publisher.en),
    credits: strings(m.credits).join('\n'),
    start: ISO.test(str(published.start)) ? str(published.start) : '',
    end: ISO.test(str(published.end)) ? str(published.end) : '',
    precision: (['day', 'month', 'year', 'range'] as const).find((p) => p === precision) ?? 'day',
    basis: published.basis === 'stated' ? 'stated' : 'external',
    noteAr: str(note.ar),
    noteEn: str(note.en),
    debris: strings(m.debris).join('\n'),
  };
}

/** What must change before the meta can be sent; empty when nothing. */
export function metaFormProblems(form: MetaForm): FormProblem[] {
  const out: FormProblem[] = [];
  if (!filled(form.titleAr)) out.push({ key: 'source.need.titleAr' });
  if (!filled(form.titleEn)) out.push({ key: 'source.need.titleEn' });
  if (!filled(form.publisherAr) || !filled(form.publisherEn))
    out.push({ key: 'source.need.publisher' });
  if (!ISO.test(form.start) || !ISO.test(form.end)) out.push({ key: 'source.need.dates' });
  else if (form.end < form.start) out.push({ key: 'source.need.order' });
  if (form.basis === 'external' && (!filled(form.noteAr) || !filled(form.noteEn)))
    out.push({ key: 'source.need.note' });
  if (lines(form.credits).some(isTodo) || lines(form.debris).some(isTodo))
    out.push({ key: 'source.need.todo' });
  return out;
}

/**
 * The meta file of a form, in the order preprocess documents it; fields of the file the form
 * does not edit are kept as they were.
 */
export function metaOf(form: MetaForm, before: unknown): Record<string, unknown> {
  const note =
    filled(form.noteAr) && filled(form.noteEn)
      ? { note: { ar: form.noteAr.trim(), en: form.noteEn.trim() } }
      : {};
  return {
    ...obj(before),
    title: { ar: form.titleAr.trim(), en: form.titleEn.trim() },
    publisher: { ar: form.publisherAr.trim(), en: form.publisherEn.trim() },
    credits: lines(form.credits),
    published: {
      start: form.start,
      end: form.end,
      precision: form.precision,
      basis: form.basis,
      ...note,
    },
    debris: lines(form.debris),
  };
}

/**
 * The paths of a document's meta and translation files, as preprocess names them in its problems
 * (INPUT_FILES of build-corpus, which the page does not bundle).
 */
export const sourceFiles = (id: string): Record<SourceFile, string> => ({
  meta: `data/sources/${id}.meta.json`,
  translations: `data/curation/translations/${id}.json`,
});

/** Whether a problem's file is the document's meta or translation. */
export const isSourceFile = (id: string, file: string): boolean =>
  Object.values(sourceFiles(id)).includes(file);

/** The Arabic of each sentence of the review, as the translation file records it. */
export const sentencesOf = (review: Pick<DocumentReview, 'text' | 'sentences'>): string[] =>
  review.sentences.map((s) => review.text.slice(s.start, s.end));

/** The sentences (1-based) that have no English yet. */
export const untranslated = (en: readonly string[]): number[] =>
  en.flatMap((x, i) => (filled(x) ? [] : [i + 1]));

/** What must change before the translation can be sent: the sentences still without English. */
export function translationProblems(en: readonly string[], separator = ', '): FormProblem[] {
  const missing = untranslated(en);
  return missing.length === 0
    ? []
    : [{ key: 'source.need.english', values: { sentences: missing.join(separator) } }];
}

/** The translation file: one `{ar, en}` a sentence, in the text's order. */
export const translationsOf = (sentences: readonly string[], en: readonly string[]) =>
  sentences.map((ar, i) => ({ ar, en: (en[i] ?? '').trim() }));

const META_FIELDS = ['title', 'publisher', 'credits', 'published', 'debris'] as const;

/** Which field of a meta, or which sentence of a translation, a problem's path names. */
export function sourceField(
  file: SourceFile,
  path: string,
): { key: string; values?: Record<string, string> } {
  if (file === 'translations') {
    const n = /^\[(\d+)\]/.exec(path)?.[1];
    return n === undefined
      ? { key: 'source.field.translation' }
      : { key: 'source.field.sentence', values: { number: String(Number(n) + 1) } };
  }
  const first = /^[a-z]+/i.exec(path)?.[0];
  const field = META_FIELDS.find((f) => f === first);
  return { key: field ? `source.field.${field}` : 'source.field.meta' };
}

/** A pipeline message about a meta or translation the page words itself; else null. */
export function knownSourceMessage(
  message: string,
): { key: string; values?: Record<string, string> } | null {
  if (message === 'still a TODO placeholder') return { key: 'source.problem.todo' };
  const debris = /^debris line not found in the text: «(.*)»$/s.exec(message);
  if (debris) return { key: 'source.problem.debris', values: { line: debris[1] ?? '' } };
  if (/^expected a date as YYYY-MM-DD|^not a real calendar date/.test(message))
    return { key: 'source.problem.date' };
  if (message === 'end is before start') return { key: 'source.need.order' };
  if (/^missing translation for sentence|does not match sentence|no longer/.test(message))
    return { key: 'source.problem.sentences' };
  return null;
}
