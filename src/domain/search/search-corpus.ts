/**
 * Search across the corpus: events (titles and summaries), actors (names, aliases, roles),
 * places (names, aliases) and the sentences of the sources (the Arabic and its translation).
 *
 * Matching uses the pipeline's Arabic folding (hamza and alef forms, ta marbuta, diacritics,
 * tatweel) and Latin without case or accents. Every query word must match an entry. A word that
 * does not match an entry as typed is tried without its attached clitics (و ف ب ل ك ال, لل):
 * "والنمروش" finds النمروش, "بطرابلس" finds طرابلس. Words of the text are matched with and
 * without their clitics too, so "طرابلس" finds "بطرابلس" as a whole word.
 *
 * Ranked: every word matching as a whole word, then as a word start, then inside a word; then
 * the main text (title, name) before the others; then corpus order (events in time order).
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import { cliticForms } from './clitics';
import {
  buildSearchIndex,
  GROUPS,
  searchEntry,
  searchEntryRef,
  type IndexedEntry,
  type SearchGroup,
} from './search-index';
import { matchTerm, type Tier } from './match';
import { searchRanges, type RangeTarget } from './ranges';
import { searchTokens } from './tokens';
import type { EntityHit, MatchKind, SearchMatch, SearchResults, SentenceHit } from './types';

const NONE = 255;
const KINDS: MatchKind[] = ['exact', 'prefix', 'substring'];
const MAX_WORDS = 8;

/** Best (lowest) tier × 4 + field rank per entry, for the terms that match `word`. */
function scoreWord(
  terms: readonly string[],
  postings: readonly Int32Array[],
  word: string,
  allowSubstring: boolean,
  into: Uint8Array,
): void {
  for (let t = 0; t < terms.length; t++) {
    const m = matchTerm(terms[t] as string, word, allowSubstring);
    if (!m) continue;
    const list = postings[t] as Int32Array;
    const tier = m.tier * 4;
    for (let i = 0; i < list.length; i++) {
      const value = list[i] as number;
      const e = value >> 2;
      const code = tier + (value & 3);
      if (code < (into[e] as number)) into[e] = code;
    }
  }
}

function emptyResults(query: string, words: string[]): SearchResults {
  return {
    query,
    words,
    events: [],
    actors: [],
    places: [],
    sentences: [],
    counts: { events: 0, actors: 0, places: 0, sentences: 0 },
  };
}

function matchesOf(entry: IndexedEntry, targets: RangeTarget[]): SearchMatch[] {
  const matches: { match: SearchMatch; rank: number }[] = [];
  for (const f of entry.fields) {
    const ranges = searchRanges(f.text, targets);
    if (ranges.length > 0)
      matches.push({ match: { field: f.field, lang: f.lang, text: f.text, ranges }, rank: f.rank });
  }
  // Stable: fields keep their order within a rank.
  return matches.sort((a, b) => a.rank - b.rank).map((m) => m.match);
}

/**
 * Searches the corpus for `query`; each group lists at most `limit` hits (counts give the
 * totals). An empty or blank query (or one with no letters or digits) finds nothing.
 */
export function searchCorpus(index: CorpusIndex, query: string, limit = 20): SearchResults {
  const words = [...new Set(searchTokens(query).map((t) => t.norm))].slice(0, MAX_WORDS);
  if (words.length === 0) return emptyResults(query, words);
  const search = buildSearchIndex(index);
  const { terms, postings } = search;
  const n = search.size;

  const asTyped = words.map((word) => {
    const scores = new Uint8Array(n).fill(NONE);
    scoreWord(terms, postings, word, true, scores);
    return scores;
  });
  const forms = words.map((word) => cliticForms(word).map((f) => f.term));
  const withoutClitics = forms.map((list) => {
    if (list.length === 0) return null;
    const scores = new Uint8Array(n).fill(NONE);
    for (const form of list) scoreWord(terms, postings, form, false, scores);
    return scores;
  });

  const groups: Record<SearchGroup, { entry: number; score: number }[]> = {
    events: [],
    actors: [],
    places: [],
    sentences: [],
  };
  for (let e = 0; e < n; e++) {
    let worst = 0;
    for (let w = 0; w < words.length; w++) {
      let code = (asTyped[w] as Uint8Array)[e] as number;
      if (code === NONE) code = withoutClitics[w]?.[e] ?? NONE;
      if (code === NONE) {
        worst = NONE;
        break;
      }
      if (code > worst) worst = code;
    }
    if (worst !== NONE)
      groups[GROUPS[search.groups[e] as number] as SearchGroup].push({ entry: e, score: worst });
  }

  const hits = (group: SearchGroup) =>
    groups[group]
      .sort((a, b) => a.score - b.score || a.entry - b.entry)
      .slice(0, Math.max(0, limit))
      .map(({ entry: e, score }) => {
        const entry = searchEntryRef(search, e);
        const kind = KINDS[Math.floor(score / 4) as Tier] as MatchKind;
        // The texts that match and what to highlight in them, worked out when first asked for
        // (a filter over every hit only needs the ids).
        let matches: SearchMatch[] | null = null;
        const lazyMatches = () => {
          if (matches) return matches;
          // Highlight each word as typed where it matched the entry so, else its forms.
          const targets: RangeTarget[] = [];
          words.forEach((word, w) => {
            if ((asTyped[w] as Uint8Array)[e] !== NONE)
              targets.push({ term: word, allowSubstring: true });
            else for (const term of forms[w] ?? []) targets.push({ term, allowSubstring: false });
          });
          matches = matchesOf(searchEntry(search, e), targets);
          return matches;
        };
        return { entry, kind, matches: lazyMatches };
      });

  const entityHits = (group: SearchGroup): EntityHit[] =>
    hits(group).map(({ entry, kind, matches }) => ({
      id: entry.id,
      kind,
      get matches() {
        return matches();
      },
    }));
  const sentenceHits: SentenceHit[] = hits('sentences').map(({ entry, kind, matches }) => ({
    documentId: entry.id,
    sentenceIndex: entry.sentenceIndex,
    start: entry.start,
    kind,
    get matches() {
      return matches();
    },
  }));
  return {
    query,
    words,
    events: entityHits('events'),
    actors: entityHits('actors'),
    places: entityHits('places'),
    sentences: sentenceHits,
    counts: {
      events: groups.events.length,
      actors: groups.actors.length,
      places: groups.places.length,
      sentences: groups.sentences.length,
    },
  };
}
