/**
 * Partial validation of a loaded corpus. The top level must be a corpus (version 1, id, name
 * and the four arrays); below it, each row (document, actor, place, event) and each part of a
 * row (a sentence, a mention, a participant, a piece of evidence, a reference to another row)
 * is checked on its own. What is bad is left out and reported; what is good is kept. The result
 * is fatal (corpus null) only when the top level is wrong or no event remains.
 *
 * Pure: no DOM, no i18n. Problems carry a code the interface translates, and a technical
 * detail in English.
 */
import { z } from 'zod';
import * as guard from './row-guards';
import {
  actor,
  bilingual,
  documentSchema,
  event,
  mention,
  participant,
  place,
  sentence,
  span,
  story,
  type Actor,
  type Corpus,
  type CorpusDocument,
  type CorpusEvent,
  type DateValue,
  type Place,
  type Story,
} from './schema';

/** What is wrong, as a code the interface can translate. */
type DataProblemCode =
  | 'missing'
  | 'wrong-type'
  | 'not-allowed'
  | 'bad-format'
  | 'out-of-range'
  | 'invalid'
  | 'duplicate-id'
  | 'unknown-actor'
  | 'unknown-place'
  | 'unknown-document'
  | 'unknown-entity'
  | 'end-before-start'
  | 'outside-text'
  | 'no-evidence'
  | 'no-events';

export interface DataProblem {
  /** Which list the row is in; 'corpus' for the top level. */
  kind: 'corpus' | 'document' | 'actor' | 'place' | 'event' | 'story';
  /** The row's id, or `#<position>` when it has no usable id; '' for the top level. */
  id: string;
  /** Where in the row (or the top level), e.g. `evidence.1.end`; '' for the whole row. */
  field: string;
  problem: DataProblemCode;
  /** What was done: the row was left out, only the bad part was, or nothing could be used. */
  action: 'row-dropped' | 'part-dropped' | 'fatal';
  /** A technical detail in English (the validator's message, the offending value), or ''. */
  detail: string;
}

export interface CheckedCorpus {
  /** The usable part of the corpus, or null when nothing usable remains. */
  corpus: Corpus | null;
  problems: DataProblem[];
}

type Kind = DataProblem['kind'];
type Issue = z.core.$ZodIssue;

/** At most this many problems are reported for one row (a row can be wrong everywhere). */
const ISSUES_PER_ROW = 3;
/** At most this many problems are reported for the top level. */
const TOP_LEVEL_ISSUES = 30;
const MAX_ID = 80;

const topLevel = z.object({
  version: z.literal(1),
  id: z.string().min(1),
  name: bilingual,
  documents: z.array(z.unknown()),
  actors: z.array(z.unknown()),
  places: z.array(z.unknown()),
  events: z.array(z.unknown()),
  stories: z.array(z.unknown()).optional(),
});
const documentRow = documentSchema.extend({
  sentences: z.array(z.unknown()),
  mentions: z.array(z.unknown()),
});
const eventRow = event.extend({ actors: z.array(z.unknown()), evidence: z.array(z.unknown()) });

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function codeOf(issue: Issue, input: unknown): DataProblemCode {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined ? 'missing' : 'wrong-type';
    case 'invalid_value':
      return 'not-allowed';
    case 'invalid_format':
      return 'bad-format';
    case 'too_small':
    case 'too_big':
      return 'out-of-range';
    default:
      return 'invalid';
  }
}

function rowId(raw: unknown, position: number): string {
  const id = valueAt(raw, ['id']);
  if (typeof id === 'string' && id.trim() !== '') {
    return id.length > MAX_ID ? `${id.slice(0, MAX_ID)}…` : id;
  }
  return `#${String(position)}`;
}

/** Collects problems; `issues` turns a failed parse into problems for one row. */
export class Report {
  readonly problems: DataProblem[] = [];

  add(
    kind: Kind,
    id: string,
    field: string,
    problem: DataProblemCode,
    action: DataProblem['action'],
    detail = '',
  ): void {
    this.problems.push({ kind, id, field, problem, action, detail });
  }

  issues(
    kind: Kind,
    id: string,
    prefix: string,
    error: z.ZodError,
    input: unknown,
    action: DataProblem['action'],
    limit = ISSUES_PER_ROW,
  ): void {
    for (const issue of error.issues.slice(0, limit)) {
      const field = [prefix, pathText(issue.path)].filter(Boolean).join('.');
      this.add(kind, id, field, codeOf(issue, input), action, issue.message);
    }
  }
}

/** Problem with a span's offsets in a text of `length` code units, or null. */
function offsetProblem(start: number, end: number, length: number): DataProblemCode | null {
  if (end < start) return 'end-before-start';
  if (end > length) return 'outside-text';
  return null;
}

/**
 * `raw` as the value `schema` gives when `fast` accepts it (then it is that value itself: see
 * row-guards.ts), else zod's answer.
 */
function parsePart<T>(
  raw: unknown,
  fast: (value: unknown) => boolean,
  schema: z.ZodType<T>,
): z.ZodSafeParseResult<T> {
  return fast(raw) ? { success: true, data: raw as T } : schema.safeParse(raw);
}

/** Parses each row of `raws` with `schema`; bad rows and repeated ids are reported and left out. */
export function parseRows<T extends { id: string }>(
  raws: readonly unknown[],
  fast: (value: unknown) => boolean,
  schema: z.ZodType<T>,
  kind: Kind,
  report: Report,
): T[] {
  const rows: T[] = [];
  const seen = new Set<string>();
  for (let position = 0; position < raws.length; position++) {
    const raw = raws[position];
    const parsed = parsePart(raw, fast, schema);
    if (!parsed.success) {
      report.issues(kind, rowId(raw, position), '', parsed.error, raw, 'row-dropped');
      continue;
    }
    if (seen.has(parsed.data.id)) {
      report.add(kind, rowId(raw, position), 'id', 'duplicate-id', 'row-dropped');
      continue;
    }
    seen.add(parsed.data.id);
    rows.push(parsed.data);
  }
  return rows;
}

/**
 * The parts of a row (`raws`) that `check` keeps, in order. `check` answers the part to keep
 * or null. The list itself is kept when every part is kept as it is.
 */
function keepParts<T>(raws: readonly unknown[], check: (raw: unknown, i: number) => T | null): T[] {
  let kept: T[] | null = null;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    const part = check(raw, i);
    if (kept === null && part !== null && part === raw) continue;
    kept ??= raws.slice(0, i) as T[];
    if (part !== null) kept.push(part);
  }
  return kept ?? (raws as T[]);
}

/** The date with its `expression` left out when it points outside the known texts. */
export function checkDate(
  date: DateValue,
  lengths: ReadonlyMap<string, number>,
  report: (field: string, problem: DataProblemCode) => void,
): DateValue {
  const expression = date.expression;
  if (!expression) return date;
  const length = lengths.get(expression.document);
  const problem =
    length === undefined
      ? 'unknown-document'
      : offsetProblem(expression.start, expression.end, length);
  if (problem === null) return date;
  report('expression', problem);
  const rest = { ...date };
  delete rest.expression;
  return rest;
}

function checkDocument(
  row: z.infer<typeof documentRow>,
  entities: ReadonlySet<string>,
  report: Report,
): CorpusDocument {
  const { id, text } = row;
  const part = (field: string, problem: DataProblemCode, detail = '') =>
    report.add('document', id, field, problem, 'part-dropped', detail);
  const sentences = keepParts(row.sentences, (raw, i) => {
    const parsed = parsePart(raw, guard.sentence, sentence);
    if (!parsed.success) {
      report.issues('document', id, `sentences.${String(i)}`, parsed.error, raw, 'part-dropped');
      return null;
    }
    const problem = offsetProblem(parsed.data.start, parsed.data.end, text.length);
    if (!problem) return parsed.data;
    part(`sentences.${String(i)}`, problem, spanDetail(parsed.data, text.length));
    return null;
  });
  const mentions = keepParts(row.mentions, (raw, i) => {
    const parsed = parsePart(raw, guard.mention, mention);
    if (!parsed.success) {
      report.issues('document', id, `mentions.${String(i)}`, parsed.error, raw, 'part-dropped');
      return null;
    }
    const { entity, start, end } = parsed.data;
    const problem = entities.has(entity)
      ? offsetProblem(start, end, text.length)
      : 'unknown-entity';
    if (!problem) return parsed.data;
    const detail = problem === 'unknown-entity' ? entity : spanDetail(parsed.data, text.length);
    part(`mentions.${String(i)}`, problem, detail);
    return null;
  });
  const ownText = new Map([[id, text.length]]);
  const published = checkDate(row.published, ownText, (field, problem) =>
    part(`published.${field}`, problem),
  );
  if (sentences === row.sentences && mentions === row.mentions && published === row.published)
    return row as CorpusDocument;
  return { ...row, published, sentences, mentions };
}

function spanDetail(s: { start: number; end: number }, length: number): string {
  return `start ${String(s.start)}, end ${String(s.end)}, text length ${String(length)}`;
}

function checkEvent(
  row: z.infer<typeof eventRow>,
  actorIds: ReadonlySet<string>,
  placeIds: ReadonlySet<string>,
  lengths: ReadonlyMap<string, number>,
  report: Report,
): CorpusEvent | null {
  const { id } = row;
  const part = (field: string, problem: DataProblemCode, detail = '') =>
    report.add('event', id, field, problem, 'part-dropped', detail);
  let place = row.place;
  if (place !== null && !placeIds.has(place)) {
    part('place', 'unknown-place', place);
    place = null;
  }
  const actors = keepParts(row.actors, (raw, i) => {
    const parsed = parsePart(raw, guard.participant, participant);
    if (!parsed.success)
      report.issues('event', id, `actors.${String(i)}`, parsed.error, raw, 'part-dropped');
    else if (!actorIds.has(parsed.data.id))
      part(`actors.${String(i)}`, 'unknown-actor', parsed.data.id);
    else return parsed.data;
    return null;
  });
  const evidence = keepParts(row.evidence, (raw, i) => {
    const parsed = parsePart(raw, guard.span, span);
    if (!parsed.success) {
      report.issues('event', id, `evidence.${String(i)}`, parsed.error, raw, 'part-dropped');
      return null;
    }
    const length = lengths.get(parsed.data.document);
    if (length === undefined) {
      part(`evidence.${String(i)}`, 'unknown-document', parsed.data.document);
      return null;
    }
    const problem = offsetProblem(parsed.data.start, parsed.data.end, length);
    if (!problem) return parsed.data;
    part(`evidence.${String(i)}`, problem, spanDetail(parsed.data, length));
    return null;
  });
  if (evidence.length === 0) {
    report.add('event', id, 'evidence', 'no-evidence', 'row-dropped');
    return null;
  }
  const date = checkDate(row.date, lengths, (field, problem) => part(`date.${field}`, problem));
  if (
    place === row.place &&
    actors === row.actors &&
    evidence === row.evidence &&
    date === row.date
  )
    return row as CorpusEvent;
  return { ...row, place, actors, evidence, date };
}

/** Checks `raw` (parsed JSON) as a corpus, keeping every usable row. */
export function checkCorpus(raw: unknown): CheckedCorpus {
  const report = new Report();
  const top = guard.topLevel(raw)
    ? { success: true as const, data: raw as z.infer<typeof topLevel> }
    : topLevel.safeParse(raw);
  if (!top.success) {
    report.issues('corpus', '', '', top.error, raw, 'fatal', TOP_LEVEL_ISSUES);
    return { corpus: null, problems: report.problems };
  }
  const input = top.data;
  const rows = checkRows(input, report, (entities) => {
    const documents = parseRows(
      input.documents,
      guard.documentRow,
      documentRow,
      'document',
      report,
    ).map((row) => checkDocument(row, entities, report));
    return { documents, lengths: new Map(documents.map((d) => [d.id, d.text.length])) };
  });
  return {
    corpus: rows ? { version: 1, id: input.id, name: input.name, ...rows } : null,
    problems: report.problems,
  };
}

/** The lists of a corpus's top level, not yet looked at. */
export interface CorpusLists {
  actors: readonly unknown[];
  places: readonly unknown[];
  events: readonly unknown[];
  stories?: readonly unknown[];
}

/**
 * Checks the actors, places, events and stories of a corpus, and its documents with
 * `checkDocuments` (given the ids of the actors and places, it answers the usable documents
 * and the length of each one's text). Null when no event remains (reported as fatal).
 */
export function checkRows<D>(
  input: CorpusLists,
  report: Report,
  checkDocuments: (entities: ReadonlySet<string>) => {
    documents: D[];
    lengths: ReadonlyMap<string, number>;
  },
): {
  documents: D[];
  actors: Actor[];
  places: Place[];
  events: CorpusEvent[];
  stories?: Story[];
} | null {
  // Rows are kept as they are when nothing in them is wrong; a row that needs a change is
  // copied, so the caller's value is never changed.
  const actors = parseRows<Actor>(input.actors, guard.actor, actor, 'actor', report);
  const actorIds = new Set(actors.map((a) => a.id));
  actors.forEach((a, i) => {
    if (a.affiliation !== null && !actorIds.has(a.affiliation)) {
      report.add('actor', a.id, 'affiliation', 'unknown-actor', 'part-dropped', a.affiliation);
      actors[i] = { ...a, affiliation: null };
    }
  });
  const places = parseRows<Place>(input.places, guard.place, place, 'place', report);
  const placeIds = new Set(places.map((p) => p.id));
  places.forEach((p, i) => {
    if (p.country !== null && !placeIds.has(p.country)) {
      report.add('place', p.id, 'country', 'unknown-place', 'part-dropped', p.country);
      places[i] = { ...p, country: null };
    }
  });
  const entities = new Set([...actorIds, ...placeIds]);
  const { documents, lengths } = checkDocuments(entities);
  const events: CorpusEvent[] = [];
  for (const row of parseRows(input.events, guard.eventRow, eventRow, 'event', report)) {
    const checked = checkEvent(row, actorIds, placeIds, lengths, report);
    if (checked) events.push(checked);
  }

  if (events.length === 0) {
    report.add('corpus', '', 'events', 'no-events', 'fatal');
    return null;
  }
  // Stories are few and small: zod checks each; their views are checked when played.
  const stories = parseRows<Story>(input.stories ?? [], () => false, story, 'story', report);
  return {
    documents,
    actors,
    places,
    events,
    ...(stories.length > 0 ? { stories } : {}),
  };
}
