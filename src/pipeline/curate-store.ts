/**
 * What `npm run curate` reads and writes, all under data/curation: the drafts ingest wrote
 * (drafts/<document>.{events,actors,places}.json, read only), the curator's decisions
 * (drafts/<document>.decisions.json, written at each decision) and the curation files an
 * accepted draft lands in (actors.json, places.json, events.json). A decision is checked with
 * preprocess's own check before anything is written, and written atomically with its record.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { INPUT_FILES } from '../domain/pipeline/build-corpus';
import { cleanDocument } from '../domain/pipeline/text/clean';
import {
  decisionKey,
  decisionRequest,
  decisionsFile,
  draftActorsFile,
  draftEventsFile,
  draftPlacesFile,
  type DecisionRefusal,
  type DecisionsFile,
  type DocumentReview,
  type KnownEntry,
  type ReviewIndex,
  type ReviewSpan,
} from '../domain/curation/curate-review';
import { documentMeta, translationsFile } from '../domain/curation/curation-schema';
import { pairTranslations } from '../domain/curation/pair-translations';
import { locateQuote } from '../domain/pipeline/text/locate-quote';
import { segmentSentences } from '../domain/pipeline/text/sentences';
import { checkCuration } from './curate-check';
import { readSourceFile, readSourceJson } from './curate-source-files';
import { DRAFTS_DIR } from './draft-files';
import { htmlLineToText } from './html-line-to-text';
import { stableJson } from './make-corpus-files';
import { writeFilesAtomically } from './write-atomic';

export const CURATION_DIR = 'data/curation';
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,80}$/;
const DRAFT_FILE = /^([A-Za-z0-9_-]{1,80})\.(events|actors|places)\.json$/;
const CURATION_FILES = {
  actor: INPUT_FILES.actors,
  place: INPUT_FILES.places,
  event: INPUT_FILES.events,
};

export const isDocumentId = (id: string): boolean => DOCUMENT_ID.test(id);

/** The absolute path of `file` (relative to the root), refused unless it is in data/curation. */
export function curationPath(root: string, file: string): string {
  const base = resolve(root, CURATION_DIR);
  const path = resolve(root, file);
  const rel = relative(base, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
    throw new Error(`refused: ${file} is outside ${CURATION_DIR}`);
  return path;
}

const decisionsPath = (id: string) => `${DRAFTS_DIR}/${id}.decisions.json`;
const draftPath = (id: string, what: 'events' | 'actors' | 'places') =>
  `${DRAFTS_DIR}/${id}.${what}.json`;

function readText(root: string, file: string): string | null {
  const path = curationPath(root, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/**
 * The revision of what a document's review depends on: the curation, its decisions, and the
 * document's meta and translation.
 */
export function revisionOf(root: string, id: string): string {
  const hash = createHash('sha256');
  for (const file of [
    INPUT_FILES.actors,
    INPUT_FILES.places,
    INPUT_FILES.events,
    decisionsPath(id),
  ])
    hash.update(`${file}\0${readText(root, file) ?? ''}\0`);
  for (const file of ['meta', 'translations'] as const)
    hash.update(`${file}\0${readSourceFile(root, id, file) ?? ''}\0`);
  return hash.digest('hex').slice(0, 32);
}

function readDecisions(root: string, id: string): DecisionsFile {
  const raw = readText(root, decisionsPath(id));
  if (raw === null) return { document: id, decisions: {} };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error(`${decisionsPath(id)} is not valid JSON`);
  }
  const parsed = decisionsFile.safeParse(json);
  if (!parsed.success) throw new Error(`${decisionsPath(id)} is not a decisions file`);
  return parsed.data;
}

/** A draft file, or why it cannot be read. */
function readDraft<T>(
  root: string,
  file: string,
  schema: z.ZodType<T>,
): { data: T | null; damaged?: { file: string; message: string } } {
  const raw = readText(root, file);
  if (raw === null) return { data: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    return { data: null, damaged: { file, message: `not valid JSON: ${(err as Error).message}` } };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { data: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    data: null,
    damaged: {
      file,
      message: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not a drafts file'}`,
    },
  };
}

function countDecided(root: string, id: string): number {
  try {
    return Object.keys(readDecisions(root, id).decisions).length;
  } catch {
    return 0;
  }
}

/** The documents that have draft files, with how many drafts and decisions each has. */
export function listReviews(root: string): ReviewIndex {
  const dir = curationPath(root, DRAFTS_DIR);
  const ids = existsSync(dir)
    ? [
        ...new Set(
          readdirSync(dir)
            .map((f) => DRAFT_FILE.exec(f)?.[1])
            .filter((x): x is string => x !== undefined),
        ),
      ].sort()
    : [];
  return {
    documents: ids.map((id) => {
      const events = readDraft(root, draftPath(id, 'events'), draftEventsFile).data;
      const actors = readDraft(root, draftPath(id, 'actors'), draftActorsFile).data;
      const places = readDraft(root, draftPath(id, 'places'), draftPlacesFile).data;
      return {
        id,
        drafts:
          (events?.events.length ?? 0) +
          (actors?.actors.length ?? 0) +
          (places?.places.length ?? 0),
        decided: countDecided(root, id),
      };
    }),
  };
}

function readArray(root: string, file: string): unknown[] {
  try {
    const v: unknown = JSON.parse(readText(root, file) ?? '[]');
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

function knownOf(root: string, file: string): KnownEntry[] {
  return readArray(root, file).flatMap((x) => {
    const e = x as {
      id?: unknown;
      kind?: unknown;
      type?: unknown;
      name?: unknown;
      title?: unknown;
    };
    const name = (e.name ?? e.title) as { ar?: unknown; en?: unknown } | undefined;
    if (typeof e.id !== 'string' || typeof name?.ar !== 'string' || typeof name.en !== 'string')
      return [];
    return [{ id: e.id, kind: String(e.kind ?? e.type ?? ''), name: { ar: name.ar, en: name.en } }];
  });
}

/** The cleaned text of a document, as preprocess will hold it. */
function documentText(root: string, id: string): string | null {
  const txt = resolve(root, 'data/sources', `${id}.txt`);
  if (!existsSync(txt)) return null;
  let debris: string[] = [];
  try {
    const meta = documentMeta.safeParse(
      JSON.parse(readFileSync(resolve(root, 'data/sources', `${id}.meta.json`), 'utf8')),
    );
    if (meta.success) debris = meta.data.debris;
  } catch {
    debris = [];
  }
  return cleanDocument(readFileSync(txt, 'utf8'), debris, htmlLineToText).text;
}

const inText = (text: string, s: ReviewSpan) =>
  s.start >= 0 && s.end <= text.length && s.start < s.end;

/** Everything the review page shows of one document, or null when it has no drafts. */
export function readReview(root: string, id: string): DocumentReview | null {
  if (!isDocumentId(id)) return null;
  const damaged: { file: string; message: string }[] = [];
  const read = <T>(what: 'events' | 'actors' | 'places', schema: z.ZodType<T>): T | null => {
    const r = readDraft(root, draftPath(id, what), schema);
    if (r.damaged) damaged.push(r.damaged);
    return r.data;
  };
  const events = read('events', draftEventsFile);
  const actors = read('actors', draftActorsFile);
  const places = read('places', draftPlacesFile);
  if (!events && !actors && !places && damaged.length === 0) return null;
  const text = documentText(root, id) ?? '';
  let decisions: DecisionsFile['decisions'] = {};
  try {
    decisions = readDecisions(root, id).decisions;
  } catch (err) {
    damaged.push({ file: decisionsPath(id), message: (err as Error).message });
  }
  const sentences = segmentSentences(text).map((s) => ({ start: s.start, end: s.end }));
  const recorded = translationsFile.safeParse(readSourceJson(root, id, 'translations'));
  return {
    id,
    revision: revisionOf(root, id),
    text,
    sentences,
    events: (events?.events ?? []).map((draft) => {
      const q = draft.evidence.find((e) => e.document === id);
      const at = q ? locateQuote(text, q.quote, q.occurrence) : null;
      const evidence = at && !('error' in at) ? at : null;
      const cueAt = evidence ? text.indexOf(draft.found.cue, evidence.start) : -1;
      const cue =
        evidence && cueAt >= 0 && cueAt + draft.found.cue.length <= evidence.end
          ? { start: cueAt, end: cueAt + draft.found.cue.length }
          : null;
      return { draft, evidence, cue };
    }),
    actors: (actors?.actors ?? []).map((draft) => ({
      draft,
      mentions: (draft.found.mentions ?? []).filter((m) => inText(text, m)),
    })),
    places: (places?.places ?? []).map((draft) => ({
      draft,
      mentions: (draft.found.mentions ?? []).filter((m) => inText(text, m)),
    })),
    damaged,
    decisions,
    known: {
      actors: knownOf(root, INPUT_FILES.actors),
      places: knownOf(root, INPUT_FILES.places),
      events: knownOf(root, INPUT_FILES.events),
    },
    problems: checkCuration(root),
    source: {
      meta: readSourceJson(root, id, 'meta'),
      en: pairTranslations(
        sentences.map((s) => text.slice(s.start, s.end)),
        recorded.success
          ? recorded.data
          : looseTranslations(readSourceJson(root, id, 'translations')),
      ),
    },
  };
}

/** The pairs of a translation file preprocess rejects (an empty `en`: ingest's stub), kept. */
function looseTranslations(json: unknown): { ar: string; en: string }[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((x: unknown) => {
    const t = x as { ar?: unknown; en?: unknown } | null;
    return typeof t?.ar === 'string' && typeof t.en === 'string' ? [{ ar: t.ar, en: t.en }] : [];
  });
}

export type DecisionResult =
  { ok: true; review: DocumentReview } | { ok: false; refusal: DecisionRefusal };

const refuse = (refusal: DecisionRefusal): DecisionResult => ({ ok: false, refusal });

/** Writes files atomically; on failure removes what was staged and reports it. */
function writeAll(root: string, files: { file: string; content: string }[]): string | null {
  const staged = files.map((f) => ({ path: curationPath(root, f.file), content: f.content }));
  try {
    writeFilesAtomically(staged);
    return null;
  } catch (err) {
    for (const s of staged) rmSync(`${s.path}.tmp-${process.pid}`, { force: true });
    return (err as NodeJS.ErrnoException).code ?? String(err);
  }
}

/**
 * Applies one decision: checks the request, that the page saw the latest revision, that the
 * draft exists and is undecided, and (for accept and merge) that preprocess accepts the
 * curation with it; then writes the curation file and the decision together.
 */
export function applyDecision(root: string, id: string, body: unknown): DecisionResult {
  if (!isDocumentId(id)) return refuse({ reason: 'bad-request', message: 'not a document id' });
  const req = decisionRequest.safeParse(body);
  if (!req.success)
    return refuse({
      reason: 'bad-request',
      message: req.error.issues[0]?.message ?? 'bad request',
    });
  const { kind, draft, action, item, revision } = req.data;
  if (revision !== revisionOf(root, id)) return refuse({ reason: 'stale' });
  const review = readReview(root, id);
  if (!review) return refuse({ reason: 'bad-request', message: 'no drafts for this document' });
  // A damaged decisions file is never overwritten: the decisions in it would be lost.
  if (review.damaged.some((d) => d.file === decisionsPath(id)))
    return refuse({ reason: 'bad-request', message: `${decisionsPath(id)} is damaged` });
  const key = decisionKey(kind, draft);
  if (review.decisions[key]) return refuse({ reason: 'decided' });
  const drafted =
    kind === 'event'
      ? review.events.find((e) => e.draft.id === draft)?.draft
      : kind === 'actor'
        ? review.actors.find((a) => a.draft.id === draft)?.draft
        : review.places.find((p) => p.draft.id === draft)?.draft;
  if (!drafted) return refuse({ reason: 'bad-request', message: 'no such draft' });

  const decisions = { ...review.decisions };
  const files: { file: string; content: string }[] = [];
  if (action === 'reject') {
    decisions[key] = { action: 'reject' };
  } else {
    const file = CURATION_FILES[kind];
    const list = readArray(root, file);
    let proposed: unknown[];
    let curatedId: string;
    if (action === 'accept') {
      if (typeof item !== 'object' || item === null || Array.isArray(item))
        return refuse({ reason: 'bad-request', message: 'accept needs the entry to add' });
      proposed = [...list, item];
      curatedId = String((item as { id?: unknown }).id ?? '');
    } else {
      const target = (item as { event?: unknown } | undefined)?.event;
      const at = list.findIndex((e) => (e as { id?: unknown }).id === target);
      if (kind !== 'event' || typeof target !== 'string' || at < 0)
        return refuse({ reason: 'bad-request', message: 'merge needs an existing event' });
      const existing = list[at] as { evidence?: unknown[] };
      const evidence = [...(existing.evidence ?? [])];
      for (const q of (drafted as { evidence: { document: string; quote: string }[] }).evidence)
        if (!evidence.some((e) => JSON.stringify(e) === JSON.stringify(q))) evidence.push(q);
      proposed = list.map((e, k) => (k === at ? { ...existing, evidence } : e));
      curatedId = target;
    }
    const problems = checkCuration(root, { [`${kind}s`]: proposed });
    if (problems.length > 0) return refuse({ reason: 'invalid', problems });
    files.push({ file, content: stableJson(proposed) });
    decisions[key] = { action, id: curatedId };
  }
  files.push({ file: decisionsPath(id), content: stableJson({ document: id, decisions }) });
  const failed = writeAll(root, files);
  if (failed !== null) return refuse({ reason: 'write-failed', message: failed });
  const after = readReview(root, id);
  return after ? { ok: true, review: after } : refuse({ reason: 'bad-request', message: 'gone' });
}
