/**
 * Finding proper names that are not yet actors or places, for a curator to accept or reject.
 *
 * - People: a title, office or rank (وزير، رئيس، المتحدث باسم، الفريق أول، اللواء، السيد …),
 *   its description (الدفاع التركي، الرسمي باسم الجيش الليبي, commas allowed), then a name of
 *   two to four words; a frequent given name followed by a family name; a Turkish family name
 *   in «أوغلو» after one or two words. A name's last word (its family name) is then found
 *   alone too («المسماري» after «أحمد المسماري»).
 * - Organisations: a heading noun (حكومة، مجلس، وزارة، الجيش، قوات، الأمم …) and the words
 *   with the article that follow it (الوفاق الوطني، المتحدة), not a mere description
 *   («القوات الأجنبية»). Outlets: قناة، وكالة، صحيفة، بوابة … and up to three words.
 * - Places: the names of an offline gazetteer (with its English name and coordinates), and
 *   a name after مدينة، العاصمة، مطار، قاعدة … that the gazetteer lacks.
 * Anything overlapping a known name (an actor's or place's mention) is left out.
 */
import { normalizeArabic, tokenize, type Token } from '../../text/arabic';
import { findMentions, RUN_ON_WORDS } from '../text/find-mentions';
import type { GazetteerEntry } from './gazetteer-entry';
import { MONTH_BY_NAME, WEEKDAY_BY_NAME } from '../../dates/month-names';
import { groupNames } from './group-names';
import type { Candidate, NameProposal, NameSpan, PlaceKind } from './name-proposal';
import { spanMask } from '../text/span-mask';

export type { NameProposal, NameSpan } from './name-proposal';
import {
  GENERIC_ADJECTIVES,
  GIVEN_NAMES,
  MEDIA_HEADS,
  NOT_NAME,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  TITLE_DESCRIPTION,
  TURKISH_SUFFIX,
} from './name-cues';
import {
  bareIn,
  DESCRIPTION_GAP,
  isDefinite,
  NAME_GAP,
  SPACE_GAP,
  startAfter,
} from './name-tokens';

const COMPOUND_FIRST = new Set(['عبد', 'ابو', 'بن', 'ابن', 'بو', 'ام'].map(normalizeArabic));
const COMPOUND_SECOND = new Set(['الدين', 'الله', 'الرحمن'].map(normalizeArabic));
const CAPITAL = normalizeArabic('العاصمة');
const AIRPORT_TAIL = new Set(['الدولي', 'الدوليه'].map(normalizeArabic));

function isCalendarWord(norm: string): boolean {
  return MONTH_BY_NAME.has(norm) || WEEKDAY_BY_NAME.has(norm);
}

/** A word that may be part of a person's or place's name (before article checks). */
function nameWord(t: Token): boolean {
  const n = t.norm;
  return (
    n.length >= 2 &&
    /^\p{L}+$/u.test(n) &&
    !NOT_NAME.has(n) &&
    !isCalendarWord(n) &&
    !bareIn(t, PERSON_TITLES) &&
    !bareIn(t, ORGANIZATION_HEADS) &&
    !bareIn(t, MEDIA_HEADS) &&
    !bareIn(t, PLACE_HEADS) &&
    !bareIn(t, NOT_NAME)
  );
}

export function findNewNames(
  text: string,
  known: readonly NameSpan[],
  gazetteer: readonly GazetteerEntry[],
): NameProposal[] {
  const tokens = tokenize(text);
  const knownMask = spanMask(text.length, known);
  const covered = tokens.map((t) => knownMask.covers(t));
  const gap = (k: number): string =>
    k > 0 ? text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start) : ' ';
  const candidates: Candidate[] = [];

  /** A person's name starting at token j (its first word may carry a proclitic). */
  const readName = (j: number, prefixLength: number): { end: number; words: Token[] } | null => {
    const first = tokens[j];
    if (!first || covered[j]) return null;
    const firstBare = first.norm.slice(prefixLength);
    if (isDefinite(firstBare) || !nameWord({ ...first, norm: firstBare })) return null;
    const words: Token[] = [first];
    let prev = firstBare;
    for (let k = j + 1; k < tokens.length && words.length < 4; k++) {
      const t = tokens[k] as Token;
      const between = gap(k);
      if (!SPACE_GAP.test(between) || covered[k] || !nameWord(t)) break;
      if (isDefinite(t.norm)) {
        const afterCompound = COMPOUND_FIRST.has(prev); // عبد الحكيم
        const afterSecond = COMPOUND_SECOND.has(prev); // صلاح الدين النمروش
        if (!(words.length === 1 || afterCompound || afterSecond)) break;
        words.push(t);
        prev = t.norm;
        // A family name with the article ends the name; عبد الـ… and …الدين go on.
        if (afterCompound || COMPOUND_SECOND.has(t.norm)) continue;
        break;
      }
      words.push(t);
      prev = t.norm;
      // «(الأمين العام أنطونيو) غوتيريش»: the word after a bracket ends the name.
      if (/[()]/.test(between)) break;
    }
    while (words.length > 1 && COMPOUND_FIRST.has((words.at(-1) as Token).norm)) words.pop();
    return { end: j + words.length - 1, words };
  };

  const addPerson = (j: number, prefixLength: number, cue: string, minWords: number): number => {
    const name = readName(j, prefixLength);
    if (!name || name.words.length < minWords) return j;
    const first = tokens[j] as Token;
    const last = name.words.at(-1) as Token;
    const start = startAfter(first, prefixLength);
    const full = text.slice(start, last.end);
    const family = last.norm;
    const names = [full];
    if (name.words.length >= 2 && family.length >= 3 && !GIVEN_NAMES.has(family))
      names.push(text.slice(last.start, last.end));
    candidates.push({
      kind: 'person',
      start,
      end: last.end,
      cue,
      names,
      key: `person:${name.words.length >= 2 ? family : normalizeArabic(full)}`,
      display: full.replace(/[()]/g, '').replace(/\s+/g, ' '),
    });
    return name.end;
  };

  // Tokens up to this one belong to a person found already.
  let personUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered[i]) continue;
    const person = personPatterns(i);
    if (person > i) personUntil = person;
    organizationPatterns(i, t);
  }

  function personPatterns(i: number): number {
    if (i <= personUntil) return i;
    const t = tokens[i] as Token;
    // A title, its description, then the name.
    const title = bareIn(t, PERSON_TITLES);
    if (title) {
      let j = i + 1;
      let described = 0;
      while (j < tokens.length && described < 8 && DESCRIPTION_GAP.test(gap(j))) {
        const d = tokens[j] as Token;
        const describes =
          covered[j] ||
          bareIn(d, PERSON_TITLES) !== null ||
          bareIn(d, TITLE_DESCRIPTION) !== null ||
          (isDefinite(d.norm) && !NOT_NAME.has(d.norm) && !isCalendarWord(d.norm));
        if (!describes) break;
        j++;
        described++;
      }
      if (j < tokens.length && DESCRIPTION_GAP.test(gap(j))) {
        const cue = `title «${text.slice(startAfter(t, title.prefixLength), t.end)}»`;
        const end = addPerson(j, 0, cue, 2);
        if (end > j) return end;
      }
    }

    // A frequent given name and a family name.
    const given = bareIn(t, GIVEN_NAMES);
    if (given) {
      const end = addPerson(i, given.prefixLength, 'given name', 2);
      if (end > i) return end;
    }

    // A Turkish family name in «أوغلو», after one or two words.
    if (t.norm === TURKISH_SUFFIX || (t.norm.endsWith(TURKISH_SUFFIX) && t.norm.length > 7)) {
      let j = i;
      while (j > 0 && i - j < 2 && SPACE_GAP.test(gap(j))) {
        const before = tokens[j - 1] as Token;
        const verbLike = /^[وف]/.test(before.norm) && !GIVEN_NAMES.has(before.norm);
        if (covered[j - 1] || !nameWord(before) || isDefinite(before.norm) || verbLike) break;
        j--;
      }
      if (j < i || t.norm !== TURKISH_SUFFIX) {
        const start = (tokens[j] as Token).start;
        const words = tokens.slice(j, i + 1);
        const names = [text.slice(start, t.end)];
        if (words.length === 3) names.push(text.slice((words[1] as Token).start, t.end));
        if (t.norm === TURKISH_SUFFIX) names.push(text.slice(t.start, t.end));
        candidates.push({
          kind: 'person',
          start,
          end: t.end,
          cue: 'Turkish family name (-oğlu)',
          names,
          key: `person:${normalizeArabic(text.slice(start, t.end))}`,
          display: text.slice(start, t.end),
        });
        return i;
      }
    }
    return i;
  }

  function organizationPatterns(i: number, t: Token): void {
    // An organisation: a heading noun and the words with the article that follow it.
    const head = bareIn(t, ORGANIZATION_HEADS);
    if (head) {
      let k = i + 1;
      const words: Token[] = [];
      while (k < tokens.length && words.length < 4 && NAME_GAP.test(gap(k))) {
        const w = tokens[k] as Token;
        const definite = /^(ال|لل)/.test(w.norm) && w.norm.length > 3;
        if (
          !definite ||
          covered[k] ||
          bareIn(w, PERSON_TITLES) ||
          NOT_NAME.has(w.norm) ||
          isCalendarWord(w.norm)
        )
          break;
        // A word run into the next one («الوفاقضد»): the name ends inside it.
        const runOn = [...RUN_ON_WORDS].find(
          (r) => w.norm.endsWith(r) && w.norm.length - r.length >= 4,
        );
        if (runOn) {
          const cut = w.offsets[w.norm.length - runOn.length - 1] as number;
          words.push({ ...w, end: cut + 1, norm: w.norm.slice(0, -runOn.length) });
          break;
        }
        words.push(w);
        k++;
      }
      const meaningful = words.some((w) => !GENERIC_ADJECTIVES.has(w.norm));
      const firstGeneric = words.length > 0 && GENERIC_ADJECTIVES.has((words[0] as Token).norm);
      if (words.length > 0 && meaningful && !firstGeneric) {
        const start = startAfter(t, head.prefixLength);
        const end = (words.at(-1) as Token).end;
        const name = (head.contracted ? 'ا' : '') + text.slice(start, end);
        candidates.push({
          kind: 'organization',
          start,
          end,
          cue: `organisation head «${text.slice(start, t.end)}»`,
          names: [name],
          key: `organization:${normalizeArabic(name)}`,
          display: name,
        });
      }
    }

    // An outlet: a heading noun and up to three words.
    const media = bareIn(t, MEDIA_HEADS);
    if (media) {
      let k = i + 1;
      let last: Token | null = null;
      while (k < tokens.length && k - i <= 3 && NAME_GAP.test(gap(k))) {
        const w = tokens[k] as Token;
        if (NOT_NAME.has(w.norm) || isCalendarWord(w.norm)) break;
        last = w;
        k++;
      }
      if (last) {
        const start = startAfter(t, media.prefixLength);
        const name = text.slice(start, last.end);
        candidates.push({
          kind: 'media',
          start,
          end: last.end,
          cue: `outlet head «${text.slice(start, t.end)}»`,
          names: [name],
          key: `media:${normalizeArabic(name)}`,
          display: name,
        });
      }
    }

    // A place after مدينة، مطار …: its name, with or without the article (مدينة البيضاء);
    // after العاصمة, its adjectives come first (العاصمة الليبية طرابلس).
    const placeHead = bareIn(t, PLACE_HEADS);
    if (placeHead) {
      const placeKind = PLACE_HEADS.get(placeHead.base) as PlaceKind;
      let k = i + 1;
      if (placeHead.base === CAPITAL)
        while (k < tokens.length && k - i <= 2 && SPACE_GAP.test(gap(k))) {
          const w = tokens[k] as Token;
          if (!isDefinite(w.norm) || covered[k]) break;
          k++;
        }
      const words: Token[] = [];
      while (k < tokens.length && words.length < 2 && SPACE_GAP.test(gap(k))) {
        const w = tokens[k] as Token;
        const definiteOk = words.length === 0 && placeHead.base !== CAPITAL;
        if (covered[k] || !nameWord(w) || (isDefinite(w.norm) && !definiteOk)) break;
        if (isDefinite(w.norm) && GENERIC_ADJECTIVES.has(w.norm)) break;
        words.push(w);
        k++;
        if (isDefinite(w.norm)) break;
      }
      const tail = tokens[k];
      if (
        words.length > 0 &&
        placeKind === 'airport' &&
        tail &&
        SPACE_GAP.test(gap(k)) &&
        AIRPORT_TAIL.has(tail.norm)
      )
        words.push(tail);
      if (words.length > 0) {
        const start = (words[0] as Token).start;
        const end = (words.at(-1) as Token).end;
        const name =
          placeKind === 'airport'
            ? text.slice(startAfter(t, placeHead.prefixLength), end)
            : text.slice(start, end);
        candidates.push({
          kind: 'place',
          placeKind,
          start: placeKind === 'airport' ? startAfter(t, placeHead.prefixLength) : start,
          end,
          cue: `place head «${text.slice(startAfter(t, placeHead.prefixLength), t.end)}»`,
          names: [name],
          key: `place:${normalizeArabic(name)}`,
          display: name,
        });
      }
    }
  }

  // Gazetteer places.
  const gazMentions = findMentions(
    text,
    gazetteer.map((g, n) => ({ id: String(n), names: g.ar })),
  );
  for (const m of gazMentions) {
    const entry = gazetteer[Number(m.entity)] as GazetteerEntry;
    candidates.push({
      kind: 'place',
      placeKind: entry.kind,
      start: m.start,
      end: m.end,
      cue: 'gazetteer',
      names: [...entry.ar],
      key: `gazetteer:${m.entity}`,
      display: entry.ar[0] as string,
      entry,
    });
  }

  return groupNames(text, candidates, knownMask);
}
