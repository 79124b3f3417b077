/**
 * A small corpus for the export tests with the strings exports get wrong: quotes, commas, line
 * breaks, semicolons, backslashes, formula starters and Arabic; a placed and an unplaced event;
 * month, range and open ("on or before publication") dates; an actor affiliated to another.
 */
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import type { Corpus } from '../../../src/domain/corpus/schema';

const TEXT = 'وصل وزير الدفاع التركي خلوصي أكار إلى طرابلس يوم الجمعة. وقال "نحن هنا", اليوم.';

export const TRICKY_TITLE = 'Akar says "we are here", then; leaves\\\nTripoli — أكار في طرابلس';

export const exportCorpus: Corpus = {
  version: 1,
  id: 'test-corpus',
  name: { ar: 'مدونة الاختبار', en: 'Test corpus' },
  documents: [
    {
      id: 'doc-a',
      title: { ar: 'زيارة أكار', en: "Akar's visit" },
      publisher: { ar: 'ناشر', en: 'Publisher, Inc.' },
      credits: [],
      published: { start: '2020-07-04', end: '2020-07-04', precision: 'day', basis: 'stated' },
      text: TEXT,
      sentences: [
        {
          start: 0,
          end: 56,
          en: 'Turkish defence minister Hulusi Akar arrived in Tripoli on Friday.',
        },
        { start: 57, end: TEXT.length, en: 'He said "we are here", today.' },
      ],
      mentions: [
        { entity: 'akar', start: 23, end: 33 },
        { entity: 'tripoli', start: 38, end: 44 },
        { entity: 'unused-actor', start: 10, end: 15 },
      ],
    },
    {
      id: 'doc-b',
      title: { ar: 'وثيقة أخرى', en: 'Another document' },
      publisher: { ar: 'ناشر', en: 'Publisher' },
      credits: [],
      published: { start: '2021-01-10', end: '2021-01-10', precision: 'day', basis: 'stated' },
      text: 'نص آخر لا يستشهد به أي حدث مختار.',
      sentences: [{ start: 0, end: 33, en: 'Another text.' }],
      mentions: [],
    },
  ],
  actors: [
    {
      id: 'akar',
      kind: 'person',
      name: { ar: 'خلوصي أكار', en: 'Hulusi Akar' },
      aliases: { ar: ['أكار'], en: ['Akar'] },
      role: { ar: 'وزير الدفاع', en: 'Minister of Defence' },
      affiliation: 'turkish-government',
      wikidata: null,
      reference: 'test',
    },
    {
      id: 'turkish-government',
      kind: 'state',
      name: { ar: 'الحكومة التركية', en: 'Government of Turkey' },
      aliases: { ar: [], en: [] },
      role: { ar: 'حكومة', en: 'Government' },
      affiliation: null,
      wikidata: null,
      reference: 'test',
    },
    {
      id: 'unused-actor',
      kind: 'person',
      name: { ar: 'شخص', en: '=HYPERLINK("http://evil")' },
      aliases: { ar: [], en: [] },
      role: { ar: 'لا أحد', en: 'Nobody' },
      affiliation: null,
      wikidata: null,
      reference: 'test',
    },
  ],
  places: [
    {
      id: 'tripoli',
      kind: 'city',
      name: { ar: 'طرابلس', en: 'Tripoli' },
      aliases: { ar: [], en: [] },
      lat: 32.8752,
      lon: 13.1875,
      country: 'libya',
      wikidata: null,
      gazetteer: 'test',
    },
    {
      id: 'libya',
      kind: 'country',
      name: { ar: 'ليبيا', en: 'Libya' },
      aliases: { ar: [], en: [] },
      lat: 25,
      lon: 17,
      country: null,
      wikidata: null,
      gazetteer: 'test',
    },
    {
      id: 'new-york',
      kind: 'city',
      name: { ar: 'نيويورك', en: 'New York' },
      aliases: { ar: [], en: [] },
      lat: 40.7143,
      lon: -74.006,
      country: null,
      wikidata: null,
      gazetteer: 'test',
    },
  ],
  events: [
    {
      id: 'akar-visits-tripoli',
      type: 'visit',
      title: { ar: 'أكار يزور طرابلس، "اليوم"', en: TRICKY_TITLE },
      summary: {
        ar: 'وصل أكار إلى طرابلس؛ وقال: نحن هنا.',
        en: 'Akar arrived in Tripoli; he said, "we are here".\nA second line.',
      },
      date: {
        start: '2020-07-03',
        end: '2020-07-03',
        precision: 'day',
        basis: 'relative',
        note: { ar: 'يوم الجمعة', en: 'on Friday' },
        expression: { document: 'doc-a', start: 45, end: 55 },
      },
      place: 'tripoli',
      actors: [{ id: 'akar', role: 'guest' }],
      evidence: [{ document: 'doc-a', start: 0, end: 56 }],
    },
    {
      id: 'mou-signed',
      type: 'agreement',
      title: { ar: 'توقيع مذكرة التفاهم', en: '+1 memorandum signed' },
      summary: { ar: 'وُقّعت المذكرة في نوفمبر.', en: 'Signed in November.' },
      date: { start: '2019-11-01', end: '2019-11-30', precision: 'month', basis: 'stated' },
      place: null,
      actors: [{ id: 'turkish-government', role: 'signatory' }],
      evidence: [{ document: 'doc-a', start: 57, end: 70 }],
    },
    {
      id: 'un-statement',
      type: 'statement',
      title: { ar: 'بيان في نيويورك', en: '@UN statement in New York' },
      summary: { ar: 'بيان.', en: 'A statement.' },
      date: {
        start: '2020-07-03',
        end: '2020-07-04',
        precision: 'range',
        basis: 'reported',
        openStart: true,
      },
      place: 'new-york',
      actors: [],
      evidence: [{ document: 'doc-a', start: 57, end: 70 }],
    },
  ],
};

export const exportIndex = buildCorpusIndex(exportCorpus);
export const LINK = 'https://athar.example/?lang=en&actors=akar,guler&q=%D8%A3%D9%83%D8%A7%D8%B1';
