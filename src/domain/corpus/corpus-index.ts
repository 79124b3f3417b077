/**
 * Indexes built once when a corpus is loaded; every view reads from them.
 */
import { DAY_MS } from '../dates/day-ms';
import { textsInMemory, type DocumentTexts } from './document-texts';
import type { Actor, Corpus, CorpusEvent, Place } from './schema';
import type { CorpusHead, DocumentInfo } from './split-schema';

export interface CorpusIndex {
  /** The corpus; its documents without their texts (those are in `texts`). */
  corpus: CorpusHead;
  /** The documents' texts, sentences and mentions: in memory, or fetched when asked for. */
  texts: DocumentTexts;
  /** Events in time order (by date start, then end, then id). */
  events: CorpusEvent[];
  /**
   * For `events[i]`: when its first day starts and when its last day ends (exclusive), in ms
   * since 1970 UTC — the numbers a timeline or a time filter needs, computed once.
   */
  startMs: Float64Array;
  endMs: Float64Array;
  eventsById: Map<string, CorpusEvent>;
  actorsById: Map<string, Actor>;
  placesById: Map<string, Place>;
  documentsById: Map<string, DocumentInfo>;
  /** Event ids by actor id and by place id, in time order. */
  eventsByActor: Map<string, string[]>;
  eventsByPlace: Map<string, string[]>;
  /** Number of mentions of each actor or place across all documents. */
  mentionCounts: Map<string, number>;
}

export function compareEvents(a: CorpusEvent, b: CorpusEvent): number {
  if (a.date.start !== b.date.start) return a.date.start < b.date.start ? -1 : 1;
  if (a.date.end !== b.date.end) return a.date.end < b.date.end ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Days from 0000-01-01 to 1970-01-01. */
const EPOCH_DAY = 719_528;
const SPAN_LIMIT = 4_194_304;

/** The first ms (UTC) of an ISO day `YYYY-MM-DD`: calendar arithmetic, no Date parsing. */
function digits(iso: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + iso.charCodeAt(i) - 48;
  return v;
}

export function isoDayMs(iso: string): number {
  const month = digits(iso, 5, 7);
  // Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
  const y = digits(iso, 0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + digits(iso, 8, 10) - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146_097 + doe - 719_468) * DAY_MS;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The events in time order: sorted once on numbers (the days), ids only to break ties. */
function timeOrder(events: readonly CorpusEvent[]): {
  events: CorpusEvent[];
  startMs: Float64Array;
  endMs: Float64Array;
} {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  // One number per event that orders as (start, end): days since 0000-01-01 (< 2^22) × 2^22
  // + length in days (capped; longer spans then fall back to comparing their ends).
  const keys = new Float64Array(n);
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const { date } = events[i] as CorpusEvent;
    const start = isoDayMs(date.start);
    const end = (date.end === date.start ? start : isoDayMs(date.end)) + DAY_MS;
    starts[i] = start;
    ends[i] = end;
    keys[i] =
      (start / DAY_MS + EPOCH_DAY) * SPAN_LIMIT + Math.min((end - start) / DAY_MS, SPAN_LIMIT - 1);
    order[i] = i;
  }
  order.sort((a, b) => {
    const d =
      (keys[a] as number) - (keys[b] as number) || (ends[a] as number) - (ends[b] as number);
    if (d !== 0) return d;
    const x = (events[a] as CorpusEvent).id;
    const y = (events[b] as CorpusEvent).id;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const sorted = new Array<CorpusEvent>(n);
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  for (let to = 0; to < n; to++) {
    const from = order[to] as number;
    sorted[to] = events[from] as CorpusEvent;
    startMs[to] = starts[from] as number;
    endMs[to] = ends[from] as number;
  }
  return { events: sorted, startMs, endMs };
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) map.set(row.id, row);
  return map;
}

/** The indexes of a single-file corpus: every document's text is in memory. */
export function buildCorpusIndex(corpus: Corpus): CorpusIndex {
  const mentionCounts = new Map<string, number>();
  for (const doc of corpus.documents) {
    for (const m of doc.mentions)
      mentionCounts.set(m.entity, (mentionCounts.get(m.entity) ?? 0) + 1);
  }
  // A whole document is also its metadata.
  return buildSplitCorpusIndex(corpus, textsInMemory(corpus.documents), mentionCounts);
}

/**
 * The indexes of a corpus whose texts are elsewhere (a split corpus): `mentionCounts` is
 * what the split's index counted, since the mentions are in the shards.
 */
export function buildSplitCorpusIndex(
  corpus: CorpusHead,
  texts: DocumentTexts,
  mentionCounts: Map<string, number>,
): CorpusIndex {
  const { events, startMs, endMs } = timeOrder(corpus.events);
  const eventsByActor = new Map<string, string[]>();
  const eventsByPlace = new Map<string, string[]>();
  for (const event of events) {
    const { actors } = event;
    for (let i = 0; i < actors.length; i++) {
      const id = (actors[i] as CorpusEvent['actors'][number]).id;
      // An actor listed twice in one event (two roles) counts once.
      let repeated = false;
      for (let j = 0; j < i && !repeated; j++)
        repeated = (actors[j] as CorpusEvent['actors'][number]).id === id;
      if (!repeated) push(eventsByActor, id, event.id);
    }
    if (event.place) push(eventsByPlace, event.place, event.id);
  }
  return {
    corpus,
    texts,
    events,
    startMs,
    endMs,
    eventsById: byId(events),
    actorsById: byId(corpus.actors),
    placesById: byId(corpus.places),
    documentsById: byId(corpus.documents),
    eventsByActor,
    eventsByPlace,
    mentionCounts,
  };
}
