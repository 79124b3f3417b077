// The review page's logic: a draft becomes a form with its TODOs emptied, the form becomes a
// curation entry of the shape preprocess reads, nothing incomplete is sent, ids are fresh, and
// a pipeline problem is put on the field it is about.
import { describe, expect, it } from 'vitest';
import type { DraftEvent, DraftPlace } from '../../../src/domain/curation/curate-review';
import { curationEvent } from '../../../src/domain/curation/curation-schema';
import { actor, place } from '../../../src/domain/corpus/schema';
import {
  actorOf,
  eventFormOf,
  eventFormProblems,
  eventOf,
  freshId,
  knownMessage,
  nameFormOf,
  nameFormProblems,
  placeOf,
  problemField,
  withAcceptedNames,
} from '../../../src/features/curate/curate-form';
import { curateSearch, readCurateUrl } from '../../../src/features/curate/curate-url';

const DOC = '003_24fb423664423354';
const draft: DraftEvent = {
  id: 'draft-003-9',
  type: 'statement',
  title: { ar: 'TODO', en: 'TODO' },
  summary: { ar: 'TODO', en: 'TODO' },
  date: { basis: 'relative', document: DOC, quote: 'الخميس' },
  place: null,
  actors: [
    { id: 'akar', role: 'speaker' },
    { id: 'new-person-1', role: 'subject' },
  ],
  evidence: [{ document: DOC, quote: 'وأضاف أكار' }],
  found: { cue: 'وأضاف' },
};
const known = [{ id: 'akar', kind: 'person', name: { ar: 'خلوصي أكار', en: 'Hulusi Akar' } }];

describe('an event draft in the review form', () => {
  it('starts from the draft, with every TODO left for the curator', () => {
    const form = eventFormOf(draft);
    expect(form).toMatchObject({
      type: 'statement',
      titleAr: '',
      titleEn: '',
      basis: 'relative',
      quote: 'الخميس',
      place: '',
    });
    expect(form.actors).toEqual(draft.actors);
  });

  it('is not sent while a title, a summary or a participant is missing', () => {
    const form = eventFormOf(draft);
    expect(eventFormProblems(form, known).map((p) => p.key)).toEqual([
      'form.need.titleAr',
      'form.need.titleEn',
      'form.need.summaryAr',
      'form.need.summaryEn',
      'form.need.knownActor',
    ]);
    const filled = {
      ...form,
      titleAr: 'عنوان',
      titleEn: 'TODO title',
      summaryAr: 'ملخص',
      summaryEn: 'Summary',
      actors: [{ id: 'akar', role: 'speaker' as const }],
    };
    expect(eventFormProblems(filled, known).map((p) => p.key)).toEqual(['form.need.titleEn']);
    expect(eventFormProblems({ ...filled, titleEn: 'Title', quote: ' ' }, known)).toEqual([
      { key: 'form.need.quote' },
    ]);
    expect(
      eventFormProblems({ ...filled, titleEn: 'Title', basis: 'external', start: '2020' }, known),
    ).toEqual([{ key: 'form.need.dates' }, { key: 'form.need.note' }]);
  });

  it('becomes a curation event of the shape preprocess reads', () => {
    const form = {
      ...eventFormOf(draft),
      titleAr: ' عنوان ',
      titleEn: 'Title',
      summaryAr: 'ملخص',
      summaryEn: 'Summary',
      actors: [{ id: 'akar', role: 'speaker' as const }],
      place: 'tripoli',
    };
    const event = eventOf(form, draft, DOC, 'title');
    expect(curationEvent.safeParse(event).success).toBe(true);
    expect(event).toMatchObject({
      id: 'title',
      title: { ar: 'عنوان', en: 'Title' },
      date: { basis: 'relative', document: DOC, quote: 'الخميس' },
      place: 'tripoli',
      evidence: draft.evidence,
    });
    expect(eventOf({ ...form, basis: 'reported' }, draft, DOC, 'x').date).toEqual({
      basis: 'reported',
      document: DOC,
    });
  });
});

describe('a new name in the review form', () => {
  const gazetteerPlace: DraftPlace = {
    id: 'misrata',
    kind: 'city',
    name: { ar: 'مصراتة', en: 'Misrata' },
    aliases: { ar: ['مصراتة'], en: [] },
    lat: null,
    lon: null,
    country: null,
    wikidata: null,
    gazetteer: 'TODO the gazetteer',
    found: { cue: 'gazetteer' },
  };

  it('asks for coordinates and their source for a place, then makes a valid place', () => {
    const form = nameFormOf(gazetteerPlace);
    expect(nameFormProblems(form, true).map((p) => p.key)).toEqual([
      'form.need.lat',
      'form.need.lon',
      'form.need.gazetteer',
    ]);
    const done = { ...form, lat: '32.3754', lon: '15.0925', gazetteer: 'GeoNames 2214846' };
    expect(nameFormProblems(done, true)).toEqual([]);
    expect(place.safeParse(placeOf(done, 'misrata')).success).toBe(true);
    expect(nameFormProblems({ ...done, lat: '91' }, true).map((p) => p.key)).toEqual([
      'form.need.lat',
    ]);
  });

  it('makes a valid actor, one spelling a line', () => {
    const form = {
      ...nameFormOf({ ...gazetteerPlace, kind: 'city' }),
      kind: 'person',
      nameAr: 'فتحي باشاغا',
      nameEn: 'Fathi Bashagha',
      aliasesAr: 'فتحي باشاغا\n\nباشاغا\nباشاغا',
      roleAr: 'وزير الداخلية',
      roleEn: 'Minister of the Interior',
      reference: 'https://www.wikidata.org/wiki/Q30311424',
    };
    expect(nameFormProblems(form, false)).toEqual([]);
    const made = actorOf(form, 'bashagha');
    expect(actor.safeParse(made).success).toBe(true);
    expect(made.aliases.ar).toEqual(['فتحي باشاغا', 'باشاغا']);
  });
});

describe('ids, problems and the URL', () => {
  it('makes a fresh id from the English name', () => {
    const taken = new Set(['akar-visits-tripoli', 'akar-visits-tripoli-2']);
    expect(freshId('Akar visits Tripoli', 'draft-1', taken)).toBe('akar-visits-tripoli-3');
    expect(freshId('Çavuşoğlu: “no military solution”', 'draft-1', taken)).toBe(
      'cavusoglu-no-military-solution',
    );
    expect(freshId('باشاغا', 'new-person-1', taken)).toBe('new-person-1');
  });

  it('puts a pipeline problem on its field and words the common ones', () => {
    expect(problemField('[29] (x).actors[0].id')).toBe('actors');
    expect(problemField('[3] (x).date.quote')).toBe('date');
    expect(problemField('[0].lat')).toBe('lat');
    expect(problemField('')).toBe('other');
    expect(knownMessage('unknown actor "nobody"')).toEqual({
      key: 'problem.unknown.actor',
      values: { id: 'nobody' },
    });
    expect(knownMessage('duplicate event id "a"')).toEqual({
      key: 'problem.duplicate',
      values: { id: 'a' },
    });
    expect(knownMessage('quote not found in the text: «x»')?.key).toBe('problem.quoteNotFound');
    expect(knownMessage('something else')).toBeNull();
  });

  it('keeps the language and the document in the URL, and drops hostile values', () => {
    expect(readCurateUrl('?lang=ar&doc=003_24fb423664423354')).toEqual({
      lang: 'ar',
      doc: '003_24fb423664423354',
    });
    expect(readCurateUrl('?lang=fr&doc=../../etc')).toEqual({ lang: null, doc: null });
    expect(curateSearch({ lang: 'en', doc: 'a' })).toBe('?lang=en&doc=a');
  });
});

describe('new names accepted during the review', () => {
  it('take their curated ids in an event form, without doubles', () => {
    const form = {
      ...eventFormOf(draft),
      actors: [
        { id: 'new-person-1', role: 'speaker' as const },
        { id: 'akar', role: 'subject' as const },
        { id: 'new-person-2', role: 'subject' as const },
        { id: 'new-person-3', role: 'subject' as const },
      ],
      place: 'misrata',
    };
    const decisions = {
      'actor:new-person-1': { action: 'accept', id: 'fathi-bashagha' },
      'actor:new-person-2': { action: 'reject' },
      'actor:new-person-3': { action: 'accept', id: 'fathi-bashagha' },
      'place:misrata': { action: 'accept', id: 'misrata-city' },
    };
    const mapped = withAcceptedNames(form, decisions);
    expect(mapped.actors).toEqual([
      { id: 'fathi-bashagha', role: 'speaker' },
      { id: 'akar', role: 'subject' },
      { id: 'new-person-2', role: 'subject' },
    ]);
    expect(mapped.place).toBe('misrata-city');
    expect(withAcceptedNames({ ...form, place: '' }, decisions).place).toBe('');
  });
});
