/**
 * The search index of a corpus, built once per CorpusIndex (WeakMap cache): a vocabulary of
 * the folded words of every searchable text (with their forms without clitics), each pointing
 * to the entries (event, actor, place, sentence) that contain it.
 *
 * Compact: an entry is two numbers (what it is and where it is in the corpus); its texts are
 * read from the corpus when a hit is shown (`searchEntry`). Each term's postings are one
 * Int32Array of `entry × 4 + rank`, entries ascending.
 *
 * Built in steps: `searchIndexBuilder(index).step(stop)` indexes entries until `stop()` says
 * so, so a page can build it in short tasks when idle; `buildSearchIndex` finishes whatever is
 * left at once (a search needs the whole index). Or built elsewhere (a worker): the builder's
 * texts (`visit`) through `postingsBuilder`, the result handed back (`adopt`).
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import { readyDocument } from '../corpus/document-texts';
import type { Actor, CorpusDocument, CorpusEvent, Place, Sentence } from '../corpus/schema';
import { cliticForms } from './clitics';
import type { SearchField } from './types';
import { forEachSearchWord } from './words';

export type SearchGroup = 'events' | 'actors' | 'places' | 'sentences';

interface IndexedField {
  field: SearchField;
  lang: 'ar' | 'en';
  text: string;
  /** 0 for the main text (title, name, the sentence), larger for the others. */
  rank: number;
}

export interface IndexedEntry {
  group: SearchGroup;
  /** Event, actor or place id; the document id for a sentence. */
  id: string;
  /** The sentence's index in its document (sentences only). */
  sentenceIndex: number;
  /** The sentence's start in the document's text (sentences only). */
  start: number;
  fields: IndexedField[];
}

export interface SearchIndex {
  index: CorpusIndex;
  /** Number of entries: events (time order), actors, places, then sentences. */
  size: number;
  /** Per entry: its group (GROUPS order). */
  groups: Uint8Array;
  /** Per entry: its position in index.events, corpus.actors, corpus.places or corpus.documents. */
  rows: Int32Array;
  /** Per entry: the sentence's index in its document, else -1. */
  sentences: Int32Array;
  /**
   * The documents whose sentences are indexed, by their position in corpus.documents (those
   * whose text was in memory when the index was started: all, unless a shard failed).
   */
  documents: readonly (CorpusDocument | undefined)[];
  /** The distinct folded terms. */
  terms: string[];
  /** For each term: entry × 4 + best field rank (at most 3), entries ascending. */
  postings: Int32Array[];
}

export const GROUPS: readonly SearchGroup[] = ['events', 'actors', 'places', 'sentences'];
const EVENTS = 0;
const ACTORS = 1;
const PLACES = 2;
const SENTENCES = 3;

export interface SearchIndexBuilder {
  /** Indexes entries until `stop()` answers true or all are done; true when the index is whole. */
  step(stop: () => boolean): boolean;
  readonly done: boolean;
  /** For a build elsewhere (a worker, with postingsBuilder): how many entries… */
  readonly size: number;
  /** …entry e's texts, in the order indexed… */
  visit(e: number, visit: EntryTextVisitor): void;
  /** …and the terms and postings built from them, taken as the index. */
  adopt(built: SearchPostings): void;
}

/** The searchable texts of an entry (a name repeated as an alias is listed once). */
function fieldsOf(
  index: CorpusIndex,
  documents: SearchIndex['documents'],
  group: number,
  row: number,
  s: number,
): IndexedField[] {
  const fields: IndexedField[] = [];
  const seen = new Set<string>();
  const add = (field: SearchField, lang: 'ar' | 'en', text: string, rank: number) => {
    const key = `${lang}\u0000${text}`;
    if (!text || seen.has(key)) return;
    seen.add(key);
    fields.push({ field, lang, text, rank });
  };
  const { corpus } = index;
  if (group === EVENTS) {
    const e = index.events[row] as CorpusEvent;
    add('title', 'ar', e.title.ar, 0);
    add('title', 'en', e.title.en, 0);
    add('summary', 'ar', e.summary.ar, 1);
    add('summary', 'en', e.summary.en, 1);
  } else if (group === ACTORS || group === PLACES) {
    const x = group === ACTORS ? (corpus.actors[row] as Actor) : (corpus.places[row] as Place);
    add('name', 'ar', x.name.ar, 0);
    add('name', 'en', x.name.en, 0);
    for (const text of x.aliases.ar) add('alias', 'ar', text, 1);
    for (const text of x.aliases.en) add('alias', 'en', text, 1);
    if ('role' in x) {
      add('role', 'ar', x.role.ar, 2);
      add('role', 'en', x.role.en, 2);
    }
  } else {
    const d = documents[row] as CorpusDocument;
    const sentence = d.sentences[s] as Sentence;
    add('text', 'ar', d.text.slice(sentence.start, sentence.end), 0);
    add('translation', 'en', sentence.en, 0);
  }
  return fields;
}

/** What entry `e` of the search index is, without its texts (cheap). */
export function searchEntryRef(search: SearchIndex, e: number): Omit<IndexedEntry, 'fields'> {
  const group = search.groups[e] as number;
  const row = search.rows[e] as number;
  const { index } = search;
  if (group === SENTENCES) {
    const d = search.documents[row] as CorpusDocument;
    const s = search.sentences[e] as number;
    return {
      group: 'sentences',
      id: d.id,
      sentenceIndex: s,
      start: (d.sentences[s] as Sentence).start,
    };
  }
  const id =
    group === EVENTS
      ? (index.events[row] as CorpusEvent).id
      : group === ACTORS
        ? (index.corpus.actors[row] as Actor).id
        : (index.corpus.places[row] as Place).id;
  return { group: GROUPS[group] as SearchGroup, id, sentenceIndex: -1, start: -1 };
}

/** Entry `e` of the search index with its texts. */
export function searchEntry(search: SearchIndex, e: number): IndexedEntry {
  const fields = fieldsOf(
    search.index,
    search.documents,
    search.groups[e] as number,
    search.rows[e] as number,
    search.sentences[e] as number,
  );
  return { ...searchEntryRef(search, e), fields };
}

function layout(
  index: CorpusIndex,
): Pick<SearchIndex, 'size' | 'groups' | 'rows' | 'sentences' | 'documents'> {
  const { corpus } = index;
  const documents = corpus.documents.map((d) => readyDocument(index.texts, d.id));
  let size = index.events.length + corpus.actors.length + corpus.places.length;
  for (const d of documents) size += d ? d.sentences.length : 0;
  const groups = new Uint8Array(size);
  const rows = new Int32Array(size);
  const sentences = new Int32Array(size).fill(-1);
  let e = 0;
  const put = (group: number, count: number) => {
    for (let row = 0; row < count; row++, e++) {
      groups[e] = group;
      rows[e] = row;
    }
  };
  put(EVENTS, index.events.length);
  put(ACTORS, corpus.actors.length);
  put(PLACES, corpus.places.length);
  documents.forEach((d, row) => {
    for (let s = 0; s < (d?.sentences.length ?? 0); s++, e++) {
      groups[e] = SENTENCES;
      rows[e] = row;
      sentences[e] = s;
    }
  });
  return { size, groups, rows, sentences, documents };
}

/** How many entries to index between two looks at the clock. */
const BATCH = 64;

/** Receives a text of an entry to index: text[from, to) (the whole text without them) at a field rank. */
type EntryTextVisitor = (text: string, rank: number, from?: number, to?: number) => void;

/** The terms and postings of a search index, as a build gives them. */
type SearchPostings = Pick<SearchIndex, 'terms' | 'postings'>;

export interface PostingsBuilder {
  /** The entry the next texts belong to (entries in ascending order). */
  at(e: number): void;
  /** Indexes text[from, to) as part of the entry, at a field rank. */
  add: EntryTextVisitor;
  /** The terms (in the order first seen) and their postings. */
  finish(): SearchPostings;
}

/**
 * The vocabulary and postings of entries given in ascending order: the build itself, the same
 * on the page (createBuilder) and in a worker (src/app/search-index-worker.ts).
 */
export function postingsBuilder(): PostingsBuilder {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const lists: Int32Array[] = [];
  const lengths: number[] = [];
  let entry = 0;
  let rank = 0;

  const termId = (term: string): number => {
    let t = ids.get(term);
    if (t === undefined) {
      t = terms.length;
      ids.set(term, t);
      terms.push(term);
      lists.push(new Int32Array(4));
      lengths.push(0);
    }
    return t;
  };
  const add = (t: number) => {
    let list = lists[t] as Int32Array;
    const n = lengths[t] as number;
    const code = entry * 4 + Math.min(rank, 3);
    // Entries are added in order, so a repeat within the entry is the last value.
    if (n > 0 && (list[n - 1] as number) >> 2 === entry) {
      if (code < (list[n - 1] as number)) list[n - 1] = code;
      return;
    }
    if (n === list.length) {
      const grown = new Int32Array(n * 2);
      grown.set(list);
      lists[t] = list = grown;
    }
    list[n] = code;
    lengths[t] = n + 1;
  };
  /** The term ids of each word seen: the word's, then its forms without clitics. */
  const termsOfWord = new Map<string, number[]>();
  const word = (w: string) => {
    let list = termsOfWord.get(w);
    if (!list) {
      list = [termId(w), ...cliticForms(w).map((form) => termId(form.term))];
      termsOfWord.set(w, list);
    }
    for (let k = 0; k < list.length; k++) add(list[k] as number);
  };
  return {
    at(e) {
      entry = e;
    },
    add: (text, fieldRank, from = 0, to = text.length) => {
      rank = fieldRank;
      forEachSearchWord(text, from, to, word);
    },
    finish: () => ({ terms, postings: lists.map((list, t) => list.slice(0, lengths[t])) }),
  };
}

type Builder = SearchIndexBuilder & { result: SearchIndex | null };

function createBuilder(index: CorpusIndex): Builder {
  const shape = layout(index);
  const postings = postingsBuilder();
  let next = 0;

  const builder: Builder = {
    result: null,
    size: shape.size,
    visit(e, visit) {
      const group = shape.groups[e] as number;
      const row = shape.rows[e] as number;
      if (group === EVENTS) {
        const ev = index.events[row] as CorpusEvent;
        visit(ev.title.ar, 0);
        visit(ev.title.en, 0);
        visit(ev.summary.ar, 1);
        visit(ev.summary.en, 1);
      } else if (group === SENTENCES) {
        const d = shape.documents[row] as CorpusDocument;
        const s = d.sentences[shape.sentences[e] as number] as Sentence;
        visit(d.text, 0, s.start, s.end);
        visit(s.en, 0);
      } else {
        for (const f of fieldsOf(index, shape.documents, group, row, -1)) visit(f.text, f.rank);
      }
    },
    adopt: (built) => {
      builder.result ??= { index, ...shape, ...built };
    },
    get done() {
      return builder.result !== null;
    },
    step(stop: () => boolean): boolean {
      if (builder.result) return true;
      while (next < shape.size) {
        const end = Math.min(shape.size, next + BATCH);
        for (; next < end; next++) {
          postings.at(next);
          builder.visit(next, postings.add);
        }
        if (next < shape.size && stop()) return false;
      }
      builder.result = { index, ...shape, ...postings.finish() };
      return true;
    },
  };
  return builder;
}

const builders = new WeakMap<CorpusIndex, Builder>();

/** The (one) builder of `index`'s search index. */
export function searchIndexBuilder(index: CorpusIndex): Builder {
  let builder = builders.get(index);
  if (!builder) {
    builder = createBuilder(index);
    builders.set(index, builder);
  }
  return builder;
}

/** The whole search index of `index`: what was built in steps, with the rest built now. */
export function buildSearchIndex(index: CorpusIndex): SearchIndex {
  const builder = searchIndexBuilder(index);
  builder.step(() => false);
  return builder.result as SearchIndex;
}
