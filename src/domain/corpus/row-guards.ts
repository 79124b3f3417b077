/**
 * Fast checks of a corpus's rows and their parts, for checkCorpus: a guard answers true only
 * when the zod schema of the same name (schema.ts) would accept the value and give back the
 * same value — the same keys (no unknown key that zod would strip, no key left undefined) and
 * the same contents. Then the value itself is kept: no copy, no zod run, no issue objects.
 * A guard may answer false for a value zod accepts (a rare shape it does not handle); the
 * caller then asks zod, which decides and words the problems. So a guard never changes what
 * is accepted, only how fast.
 */
import { isCalendarDate } from '../dates/is-calendar-date';
import {
  actorKind,
  basis,
  DOCUMENT_ID,
  ENTITY_ID,
  eventType,
  participantRole,
  placeKind,
  planStatus,
  precision,
} from './schema';

type Guard = (value: unknown) => boolean;
type Row = Record<string, unknown>;

const WIKIDATA = /^Q\d+$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const set = (values: readonly string[]): ReadonlySet<unknown> => new Set(values);
const ACTOR_KINDS = set(actorKind.options);
const PLACE_KINDS = set(placeKind.options);
const PRECISIONS = set(precision.options);
const BASES = set(basis.options);
const EVENT_TYPES = set(eventType.options);
const ROLES = set(participantRole.options);
const PLAN_STATUSES = set(planStatus.options);

function isRow(v: unknown): v is Row {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Number of enumerable keys (a JSON object has no inherited ones). */
function keyCount(o: Row): number {
  let n = 0;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  for (const _ in o) n++;
  return n;
}

const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const offset = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const id = (v: unknown): boolean => typeof v === 'string' && ENTITY_ID.test(v);
const nullableString = (v: unknown): boolean => v === null || typeof v === 'string';
const wikidata = (v: unknown): boolean => v === null || (typeof v === 'string' && WIKIDATA.test(v));
const coordinate = (v: unknown, limit: number): boolean =>
  typeof v === 'number' && Number.isFinite(v) && v >= -limit && v <= limit;
const isoDate = (v: unknown): v is string =>
  typeof v === 'string' && ISO_DAY.test(v) && isCalendarDate(v);

function every(v: unknown, guard: Guard): boolean {
  if (!Array.isArray(v)) return false;
  for (const item of v) if (!guard(item)) return false;
  return true;
}

function bilingual(v: unknown): boolean {
  return isRow(v) && text(v.ar) && text(v.en) && keyCount(v) === 2;
}

function aliases(v: unknown): boolean {
  return isRow(v) && every(v.ar, text) && every(v.en, text) && keyCount(v) === 2;
}

export function span(v: unknown): boolean {
  return isRow(v) && text(v.document) && offset(v.start) && offset(v.end) && keyCount(v) === 3;
}

export function dateValue(v: unknown): boolean {
  if (!isRow(v)) return false;
  const { start, end } = v;
  if (!isoDate(start) || !isoDate(end) || start > end) return false;
  if (!PRECISIONS.has(v.precision) || !BASES.has(v.basis)) return false;
  let keys = 4;
  if ('note' in v) {
    if (!bilingual(v.note)) return false;
    keys++;
  }
  if ('openStart' in v) {
    if (typeof v.openStart !== 'boolean') return false;
    keys++;
  }
  if ('expression' in v) {
    if (!span(v.expression)) return false;
    keys++;
  }
  if ('notBeforeEvent' in v) {
    if (!text(v.notBeforeEvent)) return false;
    keys++;
  }
  if ('notAfterEvent' in v) {
    if (!text(v.notAfterEvent)) return false;
    keys++;
  }
  return keyCount(v) === keys;
}

/** An event's plan: status, and optionally the deciding event and a note. */
export function plan(v: unknown): boolean {
  if (!isRow(v) || !PLAN_STATUSES.has(v.status)) return false;
  let keys = 1;
  if ('decidedBy' in v) {
    if (!text(v.decidedBy)) return false;
    keys++;
  }
  if ('note' in v) {
    if (!bilingual(v.note)) return false;
    keys++;
  }
  return keyCount(v) === keys;
}

export function sentence(v: unknown): boolean {
  return isRow(v) && offset(v.start) && offset(v.end) && text(v.en) && keyCount(v) === 3;
}

export function mention(v: unknown): boolean {
  return isRow(v) && text(v.entity) && offset(v.start) && offset(v.end) && keyCount(v) === 3;
}

export function participant(v: unknown): boolean {
  return isRow(v) && text(v.id) && ROLES.has(v.role) && keyCount(v) === 2;
}

/** What an actor and a place both have: an id, a kind among `kinds`, names, aliases, Wikidata. */
function entity(v: Row, kinds: ReadonlySet<unknown>): boolean {
  return (
    id(v.id) && kinds.has(v.kind) && bilingual(v.name) && aliases(v.aliases) && wikidata(v.wikidata)
  );
}

export function actor(v: unknown): boolean {
  return (
    isRow(v) &&
    entity(v, ACTOR_KINDS) &&
    bilingual(v.role) &&
    nullableString(v.affiliation) &&
    text(v.reference) &&
    keyCount(v) === 8
  );
}

export function place(v: unknown): boolean {
  return (
    isRow(v) &&
    entity(v, PLACE_KINDS) &&
    coordinate(v.lat, 90) &&
    coordinate(v.lon, 180) &&
    nullableString(v.country) &&
    text(v.gazetteer) &&
    keyCount(v) === 9
  );
}

/** What a document and a split index's entry both have: id, title, publisher, credits, date. */
function documentMeta(v: Row): boolean {
  return (
    typeof v.id === 'string' &&
    DOCUMENT_ID.test(v.id) &&
    bilingual(v.title) &&
    bilingual(v.publisher) &&
    every(v.credits, (c) => typeof c === 'string') &&
    dateValue(v.published)
  );
}

/** A document with its sentences and mentions not yet looked at (checked one by one). */
export function documentRow(v: unknown): boolean {
  return (
    isRow(v) &&
    documentMeta(v) &&
    text(v.text) &&
    Array.isArray(v.sentences) &&
    Array.isArray(v.mentions) &&
    keyCount(v) === 8
  );
}

/** A split index's document: metadata, the text's length and the shard's position. */
export function documentEntry(v: unknown): boolean {
  return (
    isRow(v) &&
    documentMeta(v) &&
    offset(v.length) &&
    (v.length as number) > 0 &&
    offset(v.shard) &&
    keyCount(v) === 7
  );
}

/** An event with its participants and evidence not yet looked at (checked one by one). */
export function eventRow(v: unknown): boolean {
  return (
    isRow(v) &&
    id(v.id) &&
    EVENT_TYPES.has(v.type) &&
    bilingual(v.title) &&
    bilingual(v.summary) &&
    dateValue(v.date) &&
    nullableString(v.place) &&
    Array.isArray(v.actors) &&
    Array.isArray(v.evidence) &&
    (!('plan' in v) || plan(v.plan)) &&
    keyCount(v) === ('plan' in v ? 9 : 8)
  );
}

/** The top level of a corpus, its four lists not yet looked at (only these fields are read). */
export function topLevel(v: unknown): boolean {
  return (
    isRow(v) &&
    v.version === 1 &&
    text(v.id) &&
    bilingual(v.name) &&
    Array.isArray(v.documents) &&
    Array.isArray(v.actors) &&
    Array.isArray(v.places) &&
    Array.isArray(v.events) &&
    (v.stories === undefined || Array.isArray(v.stories))
  );
}
