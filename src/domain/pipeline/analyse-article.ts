/**
 * Everything ingest reports on one article: its cleaned text and sentences, mentions of known
 * actors and places, date expressions and how they resolve, new proper names, event drafts.
 */
import { tokenize } from '../text/arabic';
import { checkArticleText } from './check-article-text';
import { cleanDocument, type HtmlCleaning, type HtmlToText } from './text/clean';
import {
  draftEvents,
  type EntityMention,
  type EventDraft,
  type ExistingEvent,
} from './draft-events';
import { findDateExpressions } from '../dates/find-date-expressions';
import { findMentionsAndFlags, type FlaggedMention } from './text/find-mentions';
import { namedEntities } from './names/named-entities';
import { NO_NAME_RULES, type NameRules } from './names/name-rules';
import { findNewNames, type NameProposal } from './names/find-new-names';
import type { GazetteerEntry } from './names/gazetteer-entry';
import { normalizeArabic } from '../text/arabic';
import { resolveDateExpression } from '../dates/resolve-date-expression';
import type { Actor, DateValue, Mention, Place } from '../corpus/schema';
import {
  segmentSentencesWithGuesses,
  type SegmentationGuess,
  type SentenceSpan,
} from './text/sentences';

export interface ArticleInput {
  id: string;
  raw: string;
  debris: readonly string[];
  published: { start: string; end: string } | null;
  actors: readonly Actor[];
  places: readonly Place[];
  gazetteer: readonly GazetteerEntry[];
  existing: readonly ExistingEvent[];
  htmlToText: HtmlToText;
  /** Transliterated and ambiguous names (data/curation/name-rules.json); none if absent. */
  nameRules?: NameRules;
}

interface DateFound {
  start: number;
  end: number;
  words: string;
  value: Omit<DateValue, 'expression'> | null;
  /** Why it does not resolve (no publication date, a weekday that does not fit). */
  problem: string | null;
}

export interface ArticleReport {
  document: string;
  text: string;
  debrisRemoved: string[];
  /** HTML residue turned into text, line by line (offsets are into the cleaned text). */
  html: HtmlCleaning[];
  sentences: SentenceSpan[];
  /** Line breaks the segmenter had to decide about without punctuation. */
  guesses: SegmentationGuess[];
  mentions: Mention[];
  /** Mentions by an ambiguous name that a person should confirm (also in `mentions`). */
  flagged: FlaggedMention[];
  /** Matches of an ambiguous name its context rules reject (طرابلس اللبنانية). */
  rejected: FlaggedMention[];
  dates: DateFound[];
  names: NameProposal[];
  drafts: EventDraft[];
}

/** Gazetteer entries whose first word occurs in the text at all (the rest cannot match). */
function gazetteerFor(text: string, gazetteer: readonly GazetteerEntry[]): GazetteerEntry[] {
  const words = [...new Set(tokenize(text).map((t) => t.norm))];
  return gazetteer.filter((g) =>
    g.ar.some((name) => {
      const first = normalizeArabic(name.split(/\s+/)[0] ?? '');
      return first !== '' && words.some((w) => w.includes(first));
    }),
  );
}

export function analyseArticle(input: ArticleInput): { report: ArticleReport } | { error: string } {
  const usable = checkArticleText(input.raw);
  if (!usable.ok) return { error: usable.reason };
  const cleaned = cleanDocument(input.raw, input.debris, input.htmlToText);
  const text = cleaned.text;
  const { spans: sentences, guesses } = segmentSentencesWithGuesses(text);
  const { mentions, flagged, rejected } = findMentionsAndFlags(
    text,
    namedEntities(input.actors, input.places, input.nameRules ?? NO_NAME_RULES),
  );
  const dates: DateFound[] = findDateExpressions(text).map((d) => {
    const r = input.published ? resolveDateExpression(d.expression, input.published) : null;
    return {
      start: d.start,
      end: d.end,
      words: text.slice(d.start, d.end),
      value: r && 'value' in r ? r.value : null,
      problem: !r ? 'no publication date (give --published)' : 'error' in r ? r.error : null,
    };
  });
  // A place rejected by its context is not proposed again as the same place from the
  // gazetteer (طرابلس اللبنانية is not Tripoli in Libya). A rejected person's name stays
  // open, so «أحمد داود أوغلو» is proposed whole.
  const placeIds = new Set(input.places.map((p) => p.id));
  const names = findNewNames(
    text,
    [...mentions, ...rejected.filter((r) => placeIds.has(r.entity))],
    gazetteerFor(text, input.gazetteer),
  );

  const kindOf = new Map<string, EntityMention['kind']>([
    ...input.actors.map((a) => [a.id, a.kind] as const),
    ...input.places.map((p) => [p.id, p.kind] as const),
  ]);
  const entityMentions: EntityMention[] = [
    ...mentions.map((m) => ({ ...m, kind: kindOf.get(m.entity) ?? 'organization' })),
    ...names.flatMap((p) =>
      p.mentions.map((m) => ({
        entity: p.id,
        kind: p.kind === 'place' ? (p.placeKind ?? 'city') : p.kind,
        start: m.start,
        end: m.end,
      })),
    ),
  ].sort((a, b) => a.start - b.start);
  const drafts = draftEvents({
    document: input.id,
    text,
    sentences,
    mentions: entityMentions,
    dates,
    published: input.published,
    existing: input.existing,
  });
  return {
    report: {
      document: input.id,
      text,
      debrisRemoved: cleaned.removed,
      html: cleaned.html,
      sentences,
      guesses,
      mentions,
      flagged,
      rejected,
      dates,
      names,
      drafts,
    },
  };
}
