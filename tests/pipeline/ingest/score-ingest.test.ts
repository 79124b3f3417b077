import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../src/domain/pipeline/draft-events';
import type { NameProposal } from '../../../src/domain/pipeline/names/find-new-names';
import type { CorpusEvent } from '../../../src/domain/corpus/schema';
import { scoreEvents, scoreNames } from '../../../src/pipeline/score-ingest';
import { person, TRIPOLI } from './fixtures';

const event: CorpusEvent = {
  id: 'e',
  type: 'meeting',
  title: { ar: 'ا', en: 'a' },
  summary: { ar: 'ا', en: 'a' },
  date: { start: '2021-03-07', end: '2021-03-07', precision: 'day', basis: 'stated' },
  place: null,
  actors: [
    { id: 'a', role: 'host' },
    { id: 'b', role: 'guest' },
    { id: 'c', role: 'accompanying' },
  ],
  evidence: [{ document: 'd', start: 10, end: 20 }],
};

function draft(over: Partial<EventDraft>): EventDraft {
  return {
    id: 'x',
    type: 'meeting',
    cue: { start: 0, end: 1 },
    actors: [],
    place: null,
    placeFrom: null,
    date: { value: null, from: 'publication' },
    evidence: { document: 'd', start: 0, end: 30 },
    merge: [],
    ...over,
  };
}

describe('scoring event drafts', () => {
  it('counts an event drafted only with its type, its evidence and half its participants', () => {
    const two = [
      { id: 'a', role: 'host' as const },
      { id: 'b', role: 'guest' as const },
    ];
    expect(scoreEvents([draft({ actors: two })], [event]).drafted).toBe(1);
    expect(scoreEvents([draft({ actors: two.slice(0, 1) })], [event]).drafted).toBe(0);
    expect(scoreEvents([draft({ actors: two, type: 'visit' })], [event]).drafted).toBe(0);
    const elsewhere = draft({ actors: two, evidence: { document: 'd', start: 40, end: 60 } });
    expect(scoreEvents([elsewhere], [event])).toMatchObject({ drafted: 0, missed: ['e'] });
  });
});

describe('scoring new names', () => {
  const actors = [person('a', 'كريم الزوبي', 'Karim al-Zubi')];
  const proposal = (over: Partial<NameProposal>): NameProposal => ({
    id: 'new-person-1',
    kind: 'person',
    name: 'كريم الزوبي',
    en: null,
    cue: 'test',
    mentions: [{ start: 0, end: 11 }],
    ...over,
  });
  const curated = [{ entity: 'a', start: 0, end: 11 }];

  it('finds a curated name by a proposal of its kind on its words', () => {
    expect(scoreNames([proposal({})], curated, actors, [TRIPOLI])).toMatchObject({
      entities: 1,
      found: 1,
      proposals: 1,
      correct: 1,
    });
  });

  it('does not count a proposal of the wrong kind or on other words', () => {
    const wrongKind = proposal({ kind: 'organization' });
    const elsewhere = proposal({ mentions: [{ start: 20, end: 30 }] });
    expect(scoreNames([wrongKind, elsewhere], curated, actors, [TRIPOLI])).toMatchObject({
      found: 0,
      correct: 0,
      missedNames: ['a'],
    });
  });
});
