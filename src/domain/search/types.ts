/**
 * What searchCorpus returns: hits grouped by what they are (events, actors, places, sentences
 * of the sources), each with the texts that matched and the ranges to highlight in them.
 */

/** How well the hit matches: every query word as a whole word, as a word start, or inside a word. */
export type MatchKind = 'exact' | 'prefix' | 'substring';

/** Which text of a hit matched. */
export type SearchField = 'title' | 'summary' | 'name' | 'alias' | 'role' | 'text' | 'translation';

export interface TextRange {
  /** UTF-16 offsets into `text`, as written (not normalised): text.slice(start, end). */
  start: number;
  end: number;
}

export interface SearchMatch {
  field: SearchField;
  lang: 'ar' | 'en';
  /** The original string. */
  text: string;
  /** Sorted, non-overlapping ranges of `text` to highlight. */
  ranges: TextRange[];
}

interface HitBase {
  kind: MatchKind;
  /** The texts of the hit that match, best field first. */
  matches: SearchMatch[];
}

export interface EntityHit extends HitBase {
  id: string;
}

export interface SentenceHit extends HitBase {
  documentId: string;
  /** Index into the document's `sentences`. */
  sentenceIndex: number;
  /** Where the sentence starts in the document's text: add it to a 'text' range for document offsets. */
  start: number;
}

export interface SearchResults {
  /** The query as given. */
  query: string;
  /** The folded words searched for; empty when the query has none. */
  words: string[];
  events: EntityHit[];
  actors: EntityHit[];
  places: EntityHit[];
  sentences: SentenceHit[];
  /** How many hits each group has in all (the lists stop at the limit). */
  counts: { events: number; actors: number; places: number; sentences: number };
}
