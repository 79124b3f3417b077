/**
 * The search index of a corpus, built once per CorpusIndex (WeakMap cache): every searchable
 * text as a list of fields per entry (event, actor, place, sentence), and a vocabulary of the
 * folded words (with their forms without clitics) pointing to the entries that contain them.
 */
import type { CorpusIndex } from './corpus-index';
import { cliticForms } from './search-clitics';
import { searchWords } from './search-words';
import type { SearchField } from './search-types';

export type SearchGroup = 'events' | 'actors' | 'places' | 'sentences';

export interface IndexedField {
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
  entries: IndexedEntry[];
  /** The distinct folded terms. */
  terms: string[];
  /** For each term: pairs (entry index, best field rank), entries ascending. */
  postings: number[][];
}

const cache = new WeakMap<CorpusIndex, SearchIndex>();

function entriesOf(index: CorpusIndex): IndexedEntry[] {
  const entries: IndexedEntry[] = [];
  const entry = (
    group: SearchGroup,
    id: string,
    fields: IndexedField[],
    sentenceIndex = -1,
    start = -1,
  ) => {
    // The same text listed twice (a name repeated as an alias) is searched once.
    const seen = new Set<string>();
    const unique = fields.filter((f) => {
      const key = `${f.lang}\u0000${f.text}`;
      if (!f.text || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    entries.push({ group, id, sentenceIndex, start, fields: unique });
  };
  for (const e of index.events)
    entry('events', e.id, [
      { field: 'title', lang: 'ar', text: e.title.ar, rank: 0 },
      { field: 'title', lang: 'en', text: e.title.en, rank: 0 },
      { field: 'summary', lang: 'ar', text: e.summary.ar, rank: 1 },
      { field: 'summary', lang: 'en', text: e.summary.en, rank: 1 },
    ]);
  for (const a of index.corpus.actors)
    entry('actors', a.id, [
      { field: 'name', lang: 'ar', text: a.name.ar, rank: 0 },
      { field: 'name', lang: 'en', text: a.name.en, rank: 0 },
      ...a.aliases.ar.map((text) => ({
        field: 'alias' as const,
        lang: 'ar' as const,
        text,
        rank: 1,
      })),
      ...a.aliases.en.map((text) => ({
        field: 'alias' as const,
        lang: 'en' as const,
        text,
        rank: 1,
      })),
      { field: 'role', lang: 'ar', text: a.role.ar, rank: 2 },
      { field: 'role', lang: 'en', text: a.role.en, rank: 2 },
    ]);
  for (const p of index.corpus.places)
    entry('places', p.id, [
      { field: 'name', lang: 'ar', text: p.name.ar, rank: 0 },
      { field: 'name', lang: 'en', text: p.name.en, rank: 0 },
      ...p.aliases.ar.map((text) => ({
        field: 'alias' as const,
        lang: 'ar' as const,
        text,
        rank: 1,
      })),
      ...p.aliases.en.map((text) => ({
        field: 'alias' as const,
        lang: 'en' as const,
        text,
        rank: 1,
      })),
    ]);
  for (const d of index.corpus.documents)
    d.sentences.forEach((s, i) =>
      entry(
        'sentences',
        d.id,
        [
          { field: 'text', lang: 'ar', text: d.text.slice(s.start, s.end), rank: 0 },
          { field: 'translation', lang: 'en', text: s.en, rank: 0 },
        ],
        i,
        s.start,
      ),
    );
  return entries;
}

export function buildSearchIndex(index: CorpusIndex): SearchIndex {
  const cached = cache.get(index);
  if (cached) return cached;
  const entries = entriesOf(index);
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const postings: number[][] = [];
  const add = (term: string, entry: number, rank: number) => {
    let id = ids.get(term);
    if (id === undefined) {
      id = terms.length;
      ids.set(term, id);
      terms.push(term);
      postings.push([]);
    }
    const list = postings[id] as number[];
    // Entries are added in order, so a repeat within the entry is the last pair.
    if (list.length > 0 && list[list.length - 2] === entry) {
      if (rank < (list[list.length - 1] as number)) list[list.length - 1] = rank;
    } else list.push(entry, rank);
  };
  entries.forEach((entry, e) => {
    for (const field of entry.fields)
      for (const word of searchWords(field.text)) {
        add(word, e, field.rank);
        for (const form of cliticForms(word)) add(form.term, e, field.rank);
      }
  });
  const built = { entries, terms, postings };
  cache.set(index, built);
  return built;
}
