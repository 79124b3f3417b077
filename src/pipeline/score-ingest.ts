/**
 * Scoring ingest against curation: how many curated events the drafts find, how many curated
 * actors and places the new-name finder finds when nothing is curated yet, and how many of
 * its proposals are right. Used by `npm run ingest:measure` (measure-ingest.ts).
 */
import type { EventDraft } from '../domain/pipeline/draft-events';
import type { NameProposal } from '../domain/pipeline/names/find-new-names';
import type { Actor, CorpusEvent, Mention, Place } from '../domain/corpus/schema';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Whether a draft quotes a sentence that is evidence of the event. */
export function quotesEvidenceOf(draft: EventDraft, event: CorpusEvent): boolean {
  return event.evidence.some(
    (s) => s.document === draft.evidence.document && overlaps(s, draft.evidence),
  );
}

/**
 * A curated event is drafted when one draft quotes its evidence, has its type and names at
 * least half its participants (rounded up).
 */
export function draftsEvent(draft: EventDraft, event: CorpusEvent): boolean {
  if (draft.type !== event.type || !quotesEvidenceOf(draft, event)) return false;
  const ids = new Set(draft.actors.map((a) => a.id));
  const named = event.actors.filter((a) => ids.has(a.id)).length;
  return named >= Math.ceil(event.actors.length / 2);
}

export interface EventScore {
  events: number;
  drafted: number;
  /** Events some draft quotes with the right type, whatever its participants. */
  rightType: number;
  /** Curated participants named by the best draft of their event, of all participants. */
  participantsNamed: number;
  participants: number;
  drafts: number;
  /** Drafts that quote evidence of a curated event of their type. */
  draftsOfACuratedEvent: number;
  missed: string[];
}

export function scoreEvents(
  drafts: readonly EventDraft[],
  events: readonly CorpusEvent[],
): EventScore {
  let drafted = 0;
  let rightType = 0;
  let participantsNamed = 0;
  let participants = 0;
  const missed: string[] = [];
  for (const e of events) {
    const quoting = drafts.filter((d) => d.type === e.type && quotesEvidenceOf(d, e));
    if (quoting.length > 0) rightType++;
    if (quoting.some((d) => draftsEvent(d, e))) drafted++;
    else missed.push(e.id);
    let best = 0;
    for (const d of quoting) {
      const ids = new Set(d.actors.map((a) => a.id));
      best = Math.max(best, e.actors.filter((a) => ids.has(a.id)).length);
    }
    participantsNamed += best;
    participants += e.actors.length;
  }
  const draftsOfACuratedEvent = drafts.filter((d) =>
    events.some((e) => e.type === d.type && quotesEvidenceOf(d, e)),
  ).length;
  return {
    events: events.length,
    drafted,
    rightType,
    participantsNamed,
    participants,
    drafts: drafts.length,
    draftsOfACuratedEvent,
    missed,
  };
}

type Kind = NameProposal['kind'];

function kindOfActor(a: Actor): Kind {
  return a.kind === 'media' ? 'media' : a.kind === 'person' ? 'person' : 'organization';
}

export interface NameScore {
  /** Curated actors and places the document names. */
  entities: number;
  /** Of those, found by a proposal of the right kind. */
  found: number;
  proposals: number;
  /** Proposals of the right kind whose mentions are, at least half, a curated entity's. */
  correct: number;
  /** Proposals with an English name, and how many match the curated English name. */
  withEnglish: number;
  englishAsCurated: number;
  missedNames: string[];
  wrongProposals: string[];
}

export function scoreNames(
  proposals: readonly NameProposal[],
  curated: readonly Mention[],
  actors: readonly Actor[],
  places: readonly Place[],
): NameScore {
  const kind = new Map<string, Kind>([
    ...actors.map((a) => [a.id, kindOfActor(a)] as const),
    ...places.map((p) => [p.id, 'place' as Kind] as const),
  ]);
  const english = new Map<string, string>([
    ...actors.map((a) => [a.id, a.name.en] as const),
    ...places.map((p) => [p.id, p.name.en] as const),
  ]);
  const ids = [...new Set(curated.map((m) => m.entity))];
  const missedNames: string[] = [];
  let found = 0;
  for (const id of ids) {
    const spans = curated.filter((m) => m.entity === id);
    const hit = proposals.some(
      (p) => p.kind === kind.get(id) && p.mentions.some((pm) => spans.some((s) => overlaps(s, pm))),
    );
    if (hit) found++;
    else missedNames.push(id);
  }
  let correct = 0;
  let withEnglish = 0;
  let englishAsCurated = 0;
  const wrongProposals: string[] = [];
  for (const p of proposals) {
    const votes = new Map<string, number>();
    for (const pm of p.mentions)
      for (const m of curated)
        if (overlaps(m, pm) && kind.get(m.entity) === p.kind)
          votes.set(m.entity, (votes.get(m.entity) ?? 0) + 1);
    const [entity, count] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    const right = entity !== null && count * 2 >= p.mentions.length;
    if (right) correct++;
    else wrongProposals.push(`${p.kind} «${p.name}»`);
    if (p.en) {
      withEnglish++;
      if (right && entity && english.get(entity) === p.en) englishAsCurated++;
    }
  }
  return {
    entities: ids.length,
    found,
    proposals: proposals.length,
    correct,
    withEnglish,
    englishAsCurated,
    missedNames,
    wrongProposals,
  };
}
