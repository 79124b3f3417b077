import { describe, expect, it } from 'vitest';
import { analyseArticle, type ArticleReport } from '../../../src/domain/pipeline/analyse-article';
import type { EventDraft, ExistingEvent } from '../../../src/domain/pipeline/draft-events';
import type { Actor } from '../../../src/domain/corpus/schema';
import { GAZETTEER, person, TRIPOLI } from './fixtures';

const ACTORS: Actor[] = [
  person('menfi', 'محمد المنفي', 'Mohamed al-Menfi', ['المنفي']),
  person('romano', 'ماريو رومانو', 'Mario Romano', ['رومانو']),
  person('hadi', 'سالم الهادي', 'Salem al-Hadi', ['الهادي']),
];

function analyse(
  raw: string,
  existing: ExistingEvent[] = [],
  published: { start: string; end: string } | null = { start: '2021-03-07', end: '2021-03-07' },
): ArticleReport {
  const r = analyseArticle({
    id: 'test_doc',
    raw,
    debris: [],
    published,
    actors: ACTORS,
    places: [TRIPOLI],
    gazetteer: GAZETTEER,
    existing,
    htmlToText: (line) => line,
  });
  if ('error' in r) throw new Error(r.error);
  return r.report;
}

const quote = (r: ArticleReport, d: EventDraft) => r.text.slice(d.evidence.start, d.evidence.end);
const ofType = (r: ArticleReport, type: string) => r.drafts.filter((d) => d.type === type);

// Sunday 7 March 2021 is the publication day of every text below.
const VISIT =
  'استقبل رئيس المجلس الرئاسي محمد المنفي في طرابلس اليوم الأحد وزير الخارجية ماريو رومانو.\n\n' +
  'وأكد رومانو للمنفي أن بلاده تدعم الاستقرار.\n\n' +
  'الطقس معتدل في الربيع.';

describe('event drafts: types, participants and roles', () => {
  it('drafts a reception with host and guest, the place and the sentence as evidence', () => {
    const r = analyse(VISIT);
    const [meeting] = ofType(r, 'meeting');
    expect(meeting).toBeDefined();
    expect(meeting!.actors).toContainEqual({ id: 'menfi', role: 'host' });
    expect(meeting!.actors).toContainEqual({ id: 'romano', role: 'guest' });
    // The council in Menfi's title is named, as a participant, not as the host.
    const council = r.names.find((n) => n.name === 'المجلس الرئاسي');
    expect(meeting!.actors).toContainEqual({ id: council!.id, role: 'participant' });
    expect(meeting!.place).toBe('tripoli');
    expect(meeting!.placeFrom).toBe('sentence');
    expect(quote(r, meeting!)).toBe(
      'استقبل رئيس المجلس الرئاسي محمد المنفي في طرابلس اليوم الأحد وزير الخارجية ماريو رومانو.',
    );
  });

  it('drafts a statement: the speaker after the verb, ل… is spoken to', () => {
    const r = analyse(VISIT);
    const [statement] = ofType(r, 'statement');
    expect(statement!.actors).toEqual([
      { id: 'romano', role: 'speaker' },
      { id: 'menfi', role: 'addressee' },
    ]);
  });

  it('reads an attached pronoun as whom the sentence before was about', () => {
    const r = analyse('وصل رومانو إلى طرابلس اليوم الأحد.\n\nواستقبله المنفي في مقر المجلس.');
    const [meeting] = ofType(r, 'meeting');
    expect(meeting!.actors).toEqual([
      { id: 'menfi', role: 'host' },
      { id: 'romano', role: 'guest' },
    ]);
    expect(meeting!.date).toMatchObject({ from: 'governing', value: { start: '2021-03-07' } });
  });

  it('drafts nothing for a sentence that reports no happening', () => {
    const r = analyse(VISIT);
    expect(r.drafts.some((d) => quote(r, d).includes('الطقس'))).toBe(false);
  });

  it('reads clitic and tense forms, and not the look-alike «وزارة»', () => {
    const r = analyse(
      'وزار الهادي مصراتة.\n\nويزور رومانو سرت غدا.\n\nوصرحت وزارة الصحة بأن الوضع مستقر.',
    );
    const visits = ofType(r, 'visit').map((d) => quote(r, d));
    expect(visits).toEqual(['وزار الهادي مصراتة.', 'ويزور رومانو سرت غدا.']);
    expect(ofType(r, 'visit')[0]!.place).toBe('misrata');
    expect(ofType(r, 'statement').map((d) => quote(r, d))).toEqual([
      'وصرحت وزارة الصحة بأن الوضع مستقر.',
    ]);
    // «بالإضافة» (in addition) is not «أضاف» (he added).
    expect(analyse('زار الهادي سرت بالإضافة إلى مصراتة.').drafts.map((d) => d.type)).toEqual([
      'visit',
    ]);
  });

  it.each([
    ['وقع المنفي ورومانو اتفاقية للتعاون.', 'agreement'],
    ['وأجرى المنفي اتصالا هاتفيا برومانو.', 'call'],
    ['وعقد الهادي مؤتمرا صحفيا.', 'briefing'],
    ['أعلن الهادي العثور على مخزن أسلحة.', 'discovery'],
    ['وبدأت تدريبات مشتركة بإشراف الهادي.', 'training'],
    ['وأقيمت مراسم رسمية للمنفي.', 'ceremony'],
    ['وقرر المنفي إرسال قوات إلى سرت.', 'deployment'],
    ['والتقى المنفي برومانو.', 'meeting'],
  ])('«%s» drafts a %s', (text, type) => {
    const r = analyse(text);
    expect(r.drafts.map((d) => d.type)).toContain(type);
    expect(r.drafts.find((d) => d.type === type)!.actors.length).toBeGreaterThan(0);
  });

  it('does not draft what a quotation reports', () => {
    const r = analyse('وقال المنفي "سنرسل قوات إلى سرت ونوقع اتفاقية".');
    expect(r.drafts.map((d) => d.type)).toEqual(['statement']);
  });

  it('gives signatories for a signing and proposes new names as participants', () => {
    const r = analyse('ووقع المنفي ووزير المالية كريم الزوبي مذكرة تفاهم.');
    const [agreement] = ofType(r, 'agreement');
    const zubi = r.names.find((n) => n.name === 'كريم الزوبي');
    expect(zubi).toBeDefined();
    expect(agreement!.actors).toEqual([
      { id: 'menfi', role: 'signatory' },
      { id: zubi!.id, role: 'signatory' },
    ]);
  });
});

describe('event drafts: dates and places', () => {
  it('dates a draft by its sentence, resolved against publication', () => {
    const r = analyse(VISIT);
    const [meeting] = ofType(r, 'meeting');
    expect(meeting!.date.from).toBe('sentence');
    expect(meeting!.date.value).toMatchObject({
      start: '2021-03-07',
      end: '2021-03-07',
      basis: 'relative',
    });
    expect(r.text.slice(meeting!.date.expression!.start, meeting!.date.expression!.end)).toBe(
      'اليوم الأحد',
    );
  });

  it('takes the date of the day-dated draft a sentence continues (a shared participant)', () => {
    const r = analyse(VISIT);
    const [meeting] = ofType(r, 'meeting');
    const [statement] = ofType(r, 'statement');
    expect(statement!.date).toMatchObject({
      from: 'governing',
      draft: meeting!.id,
      value: { start: '2021-03-07', end: '2021-03-07' },
    });
  });

  it('says "on or before publication" when nothing dates it', () => {
    const r = analyse('وأكد الهادي أن الانتخابات ستجري في موعدها.', [], {
      start: '2021-03-06',
      end: '2021-03-07',
    });
    const [statement] = ofType(r, 'statement');
    expect(statement!.date).toEqual({
      from: 'publication',
      value: {
        start: '2021-03-06',
        end: '2021-03-07',
        precision: 'range',
        basis: 'reported',
        openStart: true,
      },
    });
  });

  it('leaves the date unresolved without a publication date, keeping the words', () => {
    const r = analyse('وزار الهادي مصراتة يوم الجمعة.', [], null);
    const [visit] = ofType(r, 'visit');
    expect(visit!.date.value).toBeNull();
    expect(r.text.slice(visit!.date.expression!.start, visit!.date.expression!.end)).toBe(
      'يوم الجمعة',
    );
  });

  it('takes the dateline’s place when the sentence names none', () => {
    const r = analyse('طرابلس - قال الهادي إن الوفد قادم.\n\nووصل الوفد برئاسة رومانو صباح اليوم.');
    const [visit] = ofType(r, 'visit');
    expect(visit).toMatchObject({ place: 'tripoli', placeFrom: 'dateline' });
  });
});

describe('event drafts: merge proposals', () => {
  const meetingElsewhere: ExistingEvent = {
    id: 'menfi-meets-romano',
    type: 'meeting',
    date: { start: '2021-03-07', end: '2021-03-07' },
    actors: [
      { id: 'menfi', role: 'host' },
      { id: 'romano', role: 'guest' },
    ],
    evidence: [{ document: 'other_doc', start: 0, end: 10 }],
  };

  it('proposes the existing event of the same type, participants and date', () => {
    const [meeting] = ofType(analyse(VISIT, [meetingElsewhere]), 'meeting');
    expect(meeting!.merge).toEqual([
      { event: 'menfi-meets-romano', shared: ['menfi', 'romano'], alreadyEvidence: false },
    ]);
  });

  it('does not propose an event of another type, other people or another date', () => {
    const others: ExistingEvent[] = [
      { ...meetingElsewhere, id: 'a-visit', type: 'visit' },
      { ...meetingElsewhere, id: 'later', date: { start: '2021-04-01', end: '2021-04-01' } },
      { ...meetingElsewhere, id: 'others', actors: [{ id: 'hadi', role: 'host' }] },
    ];
    const [meeting] = ofType(analyse(VISIT, others), 'meeting');
    expect(meeting!.merge).toEqual([]);
  });

  it('does not merge statements that only talk about the same person', () => {
    const aboutMenfi: ExistingEvent = {
      id: 'hadi-on-menfi',
      type: 'statement',
      date: { start: '2021-03-07', end: '2021-03-07' },
      actors: [
        { id: 'hadi', role: 'speaker' },
        { id: 'menfi', role: 'subject' },
      ],
      evidence: [{ document: 'other_doc', start: 0, end: 10 }],
    };
    const r = analyse(VISIT, [
      aboutMenfi,
      { ...aboutMenfi, id: 'romano-speaks', actors: [{ id: 'romano', role: 'speaker' }] },
    ]);
    const [statement] = ofType(r, 'statement');
    expect(statement!.merge.map((m) => m.event)).toEqual(['romano-speaks']);
  });

  it('does not merge on a shared outlet (a source is not a participant)', () => {
    const e: ExistingEvent = {
      ...meetingElsewhere,
      actors: [{ id: 'romano', role: 'source' }],
    };
    const [meeting] = ofType(analyse(VISIT, [e]), 'meeting');
    expect(meeting!.merge).toEqual([]);
  });
});
