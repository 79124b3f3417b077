/**
 * Drafting events from a document: each sentence that reports a happening (a cue of
 * event-cues.ts outside a quotation) gives one draft per event type it reports, with
 * - participants: the actors the sentence names, with roles where the cue's pattern allows
 *   (who received whom, who spoke to whom; an outlet is a source);
 * - a place: a place the sentence names (a city, airport or facility before a country), or
 *   the dateline's;
 * - a date: the sentence's first date expression; else the date of the nearest earlier draft
 *   sharing a participant (the happening the sentence continues); else "on or before
 *   publication";
 * - the sentence as evidence;
 * - merge proposals: existing events of the same type whose dates can be the same, sharing
 *   two of the people who take part (all of them when either side names fewer than two;
 *   who an event is about, and the outlet reporting it, do not count).
 */
import { tokenize, type Token } from '../text/arabic';
import { cueHasPronoun, eventCueOf, type EventCue, type RolePattern } from './event-cues';
import type { DateValue, EventType, ParticipantRole, Span } from '../corpus/schema';
import type { SentenceSpan } from './text/sentences';
import { spanMask } from './text/span-mask';

type EntityKind =
  | 'person'
  | 'organization'
  | 'state'
  | 'media'
  | 'city'
  | 'airport'
  | 'facility'
  | 'country'
  | 'region';

export interface EntityMention {
  entity: string;
  kind: EntityKind;
  start: number;
  end: number;
}

interface DatedExpression {
  start: number;
  end: number;
  /** The resolved date, or null when it cannot be resolved (no publication date, a conflict). */
  value: Omit<DateValue, 'expression'> | null;
}

/** An existing event a draft may be merged with (the corpus shape is enough). */
export interface ExistingEvent {
  id: string;
  type: EventType;
  date: { start: string; end: string; openStart?: boolean };
  actors: readonly { id: string; role: ParticipantRole }[];
  evidence: readonly Span[];
}

interface DraftDate {
  /** Null when nothing resolves it (no publication date given). */
  value: Omit<DateValue, 'expression'> | null;
  /** Where it comes from: the sentence, an earlier draft it continues, the publication. */
  from: 'sentence' | 'governing' | 'publication';
  /** The date expression's words, when there is one. */
  expression?: Span;
  /** For `governing`: the draft whose date it takes. */
  draft?: string;
}

interface MergeProposal {
  event: string;
  /** Participants both share. */
  shared: string[];
  /** True when the event already quotes this sentence (it is that event). */
  alreadyEvidence: boolean;
}

export interface EventDraft {
  id: string;
  type: EventType;
  /** The words that report the happening. */
  cue: { start: number; end: number };
  actors: { id: string; role: ParticipantRole }[];
  place: string | null;
  placeFrom: 'sentence' | 'dateline' | null;
  date: DraftDate;
  evidence: Span;
  merge: MergeProposal[];
}

export interface DraftInput {
  document: string;
  text: string;
  sentences: readonly SentenceSpan[];
  mentions: readonly EntityMention[];
  dates: readonly DatedExpression[];
  published: { start: string; end: string } | null;
  existing: readonly ExistingEvent[];
}

const ACTOR_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'organization', 'state', 'media']);
const SPECIFIC_PLACES: ReadonlySet<EntityKind> = new Set(['city', 'airport', 'facility']);
/** The role of whom an attached pronoun stands for, by the cue's pattern. */
const PRONOUN_ROLE: Record<RolePattern, ParticipantRole> = {
  speaker: 'addressee',
  receiver: 'guest',
  reception: 'guest',
  guest: 'guest',
  signatory: 'signatory',
  participant: 'participant',
};

/** Who leads a sentence's drafts: the first actor that takes part (not a subject or source). */
function leadOf(drafts: readonly EventDraft[]): string | null {
  for (const d of drafts)
    for (const a of d.actors) if (a.role !== 'subject' && a.role !== 'source') return a.id;
  return null;
}

/** How many earlier drafts a sentence without a date may take its date from. */
const GOVERNING_REACH = 12;
/** Nouns that make a following training or deployment word a name of a thing («مقر التدريب»). */
const THING_HEADS = new Set(['مقر', 'مركز', 'مراكز', 'برامج', 'برنامج']);

/** Stretches of the text inside quotation marks: cues there are reported speech. */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pairs: [string, string][] = [
    ['“', '”'],
    ['«', '»'],
    ['"', '"'],
  ];
  for (const [open, close] of pairs) {
    let from = 0;
    for (;;) {
      const a = text.indexOf(open, from);
      if (a < 0) break;
      const b = text.indexOf(close, a + 1);
      if (b < 0) break;
      ranges.push([a, b]);
      from = b + 1;
    }
  }
  return ranges;
}

function roleFor(
  pattern: RolePattern,
  index: number,
  m: EntityMention,
  text: string,
  afterCue: boolean,
): ParticipantRole {
  if (m.kind === 'media') return 'source';
  const attachedLam = m.start > 0 && text[m.start - 1] === 'ل';
  switch (pattern) {
    case 'speaker':
      return index === 0 ? 'speaker' : attachedLam && afterCue ? 'addressee' : 'subject';
    case 'receiver':
      return index === 0 ? 'host' : index === 1 ? 'guest' : 'participant';
    case 'reception':
      return index === 0 ? 'guest' : 'host';
    case 'guest':
      return index === 0
        ? 'guest'
        : /برفق/.test(text.slice(Math.max(0, m.start - 12), m.start))
          ? 'accompanying'
          : 'participant';
    case 'signatory':
      return 'signatory';
    case 'participant':
      return 'participant';
  }
}

const intervalsMeet = (
  a: { start: string; end: string; openStart?: boolean },
  b: { start: string; end: string; openStart?: boolean },
): boolean => (a.openStart || a.start <= b.end) && (b.openStart || b.start <= a.end);

export function draftEvents(input: DraftInput): EventDraft[] {
  const { text, document } = input;
  const tokens = tokenize(text);
  const quoted = quotedRanges(text);
  const quotedMask = spanMask(
    text.length,
    quoted.map(([a, b]) => ({ start: a + 1, end: b })),
  );
  const inQuote = (at: number) => quotedMask.covers({ start: at, end: at + 1 });
  // Tokens, mentions and dates are in text order, as are the sentences: walk them along.
  const mentionsInOrder = [...input.mentions].sort((a, b) => a.start - b.start);
  const datesInOrder = [...input.dates].sort((a, b) => a.start - b.start);
  let tokenAt = 0;
  let mentionAt = 0;
  let dateAt = 0;
  const drafts: EventDraft[] = [];
  const dateline = datelinePlace(input);
  let n = 0;

  // The drafts of the last sentence that had any: an attached pronoun refers to their lead.
  let previousSentence: EventDraft[] = [];
  for (const sentence of input.sentences) {
    const draftsBefore = drafts.length;
    while (tokenAt < tokens.length && (tokens[tokenAt] as Token).start < sentence.start) tokenAt++;
    while (
      mentionAt < mentionsInOrder.length &&
      (mentionsInOrder[mentionAt] as EntityMention).start < sentence.start
    )
      mentionAt++;
    while (
      dateAt < datesInOrder.length &&
      (datesInOrder[dateAt] as DatedExpression).start < sentence.start
    )
      dateAt++;
    const inside: Token[] = [];
    for (let k = tokenAt; k < tokens.length && (tokens[k] as Token).end <= sentence.end; k++)
      inside.push(tokens[k] as Token);
    const cues = new Map<EventType, { cue: EventCue; token: Token; index: number }>();
    inside.forEach((t, k) => {
      if (inQuote(t.start)) return;
      const c = eventCueOf(t);
      if (!c) return;
      const before = inside[k - 1];
      if (
        (c.type === 'training' || c.type === 'deployment') &&
        before &&
        THING_HEADS.has(before.norm)
      )
        return;
      let found = c;
      // «مؤتمر صحفي» is a briefing; another «مؤتمر» a meeting.
      if (
        c.type === 'briefing' &&
        t.norm.includes('موتمر') &&
        !inside[k + 1]?.norm.startsWith('صحفي')
      )
        found = { ...c, type: 'meeting', roles: 'participant' };
      // «كان في استقبال X»: the welcome of an arrival.
      if (t.norm.endsWith('استقبال') && before?.norm === 'في')
        found = { ...c, type: 'ceremony', roles: 'reception' };
      if (!cues.has(found.type)) cues.set(found.type, { cue: found, token: t, index: k });
    });
    // A reception with a ceremony is the ceremony.
    if (cues.has('ceremony')) cues.delete('meeting');
    if (cues.size === 0) continue;

    const mentions: EntityMention[] = [];
    for (let k = mentionAt; k < mentionsInOrder.length; k++) {
      const m = mentionsInOrder[k] as EntityMention;
      if (m.start >= sentence.end) break;
      if (m.end <= sentence.end) mentions.push(m);
    }
    const actorMentions = mentions.filter((m) => ACTOR_KINDS.has(m.kind));
    const placeMentions = mentions.filter((m) => !ACTOR_KINDS.has(m.kind));
    const nextDate = datesInOrder[dateAt];
    const dateHere = nextDate && nextDate.end <= sentence.end ? nextDate : undefined;

    for (const [type, { cue, token }] of cues) {
      // The actor who acts comes after the verb (VSO) or, failing that, before it.
      const after = actorMentions.filter((m) => m.start >= token.end);
      const before = actorMentions.filter((m) => m.end <= token.start);
      const ordered = [...after, ...before];
      // People act; an organisation in a person's title («رئيس المجلس الرئاسي …») does not
      // take the first role when the sentence names a person.
      const hasPerson = ordered.some((m) => m.kind === 'person');
      const leads = (m: EntityMention) => m.kind === 'person' || (!hasPerson && m.kind !== 'media');
      const actors: { id: string; role: ParticipantRole }[] = [];
      let index = 0;
      for (const m of ordered) {
        if (actors.some((a) => a.id === m.entity)) continue;
        const role = leads(m)
          ? roleFor(cue.roles, index++, m, text, m.start >= token.end)
          : m.kind === 'media'
            ? 'source'
            : cue.roles === 'speaker'
              ? 'subject'
              : cue.roles === 'signatory'
                ? 'signatory'
                : 'participant';
        actors.push({ id: m.entity, role });
      }
      const specific = placeMentions.find((m) => SPECIFIC_PLACES.has(m.kind));
      const anyPlace = type === 'statement' ? undefined : placeMentions[0];
      const placeMention = specific ?? anyPlace;
      const place = placeMention?.entity ?? (type === 'statement' ? null : dateline);
      const placeFrom = placeMention ? 'sentence' : place ? 'dateline' : null;

      // «واستقبله المنفي»: a sentence opening on a verb with an attached pronoun speaks of
      // whom the sentence before was about (inside a sentence, «بعد توقيعها» is its subject).
      const referent =
        token === inside[0] && cueHasPronoun(token) ? leadOf(previousSentence) : null;
      if (referent && !actors.some((a) => a.id === referent))
        actors.push({ id: referent, role: PRONOUN_ROLE[cue.roles] });

      const id = `draft-${document.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${++n}`;
      const date = dateFor(input, dateHere, actors, drafts, document);
      const evidence: Span = { document, start: sentence.start, end: sentence.end };
      drafts.push({
        id,
        type,
        cue: { start: token.start, end: token.end },
        actors,
        place,
        placeFrom,
        date,
        evidence,
        merge: mergeProposals(input.existing, type, actors, date, evidence),
      });
    }
    previousSentence = drafts.slice(draftsBefore);
  }
  return drafts;
}

function dateFor(
  input: DraftInput,
  here: DatedExpression | undefined,
  actors: readonly { id: string }[],
  earlier: readonly EventDraft[],
  document: string,
): DraftDate {
  if (here)
    return {
      value: here.value,
      from: 'sentence',
      expression: { document, start: here.start, end: here.end },
    };
  const ids = new Set(actors.map((a) => a.id));
  // The nearest earlier drafts only: a happening governs what follows it, not a later story.
  for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - GOVERNING_REACH); k--) {
    const d = earlier[k] as EventDraft;
    // Only a happening dated to the day governs what follows it (a month named in passing,
    // «in the memorandum of November», does not date the sentences after it).
    if (d.date.from === 'publication' || d.date.value?.precision !== 'day') continue;
    if (d.actors.some((a) => ids.has(a.id) && a.role !== 'source'))
      return { ...d.date, from: 'governing', draft: d.id };
  }
  const pub = input.published;
  return {
    value: pub
      ? {
          start: pub.start,
          end: pub.end,
          precision: pub.start === pub.end ? 'day' : 'range',
          basis: 'reported',
          openStart: true,
        }
      : null,
    from: 'publication',
  };
}

/** Who takes part in a happening: not who it is about, nor the outlet that reports it. */
const takesPart = (a: { role: ParticipantRole }): boolean =>
  a.role !== 'subject' && a.role !== 'source';

function mergeProposals(
  existing: readonly ExistingEvent[],
  type: EventType,
  actors: readonly { id: string; role: ParticipantRole }[],
  date: DraftDate,
  evidence: Span,
): MergeProposal[] {
  const ids = new Set(actors.filter(takesPart).map((a) => a.id));
  const out: MergeProposal[] = [];
  for (const e of existing) {
    if (e.type !== type) continue;
    const theirs = e.actors.filter(takesPart);
    const shared = theirs.filter((a) => ids.has(a.id)).map((a) => a.id);
    // Two of the people who took part (or all, when one side has fewer than two).
    if (shared.length === 0 || shared.length < Math.min(2, ids.size, theirs.length)) continue;
    if (date.value && !intervalsMeet(date.value, e.date)) continue;
    const alreadyEvidence = e.evidence.some(
      (s) => s.document === evidence.document && s.start < evidence.end && evidence.start < s.end,
    );
    out.push({ event: e.id, shared, alreadyEvidence });
  }
  return out.sort(
    (a, b) =>
      Number(b.alreadyEvidence) - Number(a.alreadyEvidence) || b.shared.length - a.shared.length,
  );
}

/** The place a dateline names («طرابلس - …» at the start of the text), or null. */
function datelinePlace(input: DraftInput): string | null {
  const first = input.sentences[0];
  if (!first) return null;
  const m = input.mentions.find(
    (x) => !ACTOR_KINDS.has(x.kind) && x.start >= first.start && x.start - first.start < 3,
  );
  if (!m) return null;
  return /^\s*[(]?\s*[-–—:]/.test(input.text.slice(m.end, m.end + 6)) ? m.entity : null;
}
