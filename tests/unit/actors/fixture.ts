/**
 * A small hand-made corpus for the actor, event-list and filter tests: real names from the
 * seed articles, but fixed here so the tests do not change when curation does.
 *
 * Akar takes part in 5 events; he shares 3 with al-Namroush, 2 with Güler and with the GNA,
 * 1 each with Erdoğan, Libya 218, Turkey and the Turkish government. Lavrov takes part in none.
 */
import { dayDate, makeActor, makeEvent, makePlace } from '../fixture-builder';
import { buildCorpusIndex, type CorpusIndex } from '../../../src/domain/corpus/corpus-index';
import type {
  Actor,
  Corpus,
  CorpusEvent,
  DateValue,
  Mention,
  Place,
} from '../../../src/domain/corpus/schema';

function actor(
  id: string,
  kind: Actor['kind'],
  ar: string,
  en: string,
  roleAr: string,
  roleEn: string,
  affiliation: string | null = null,
  wikidata: string | null = null,
): Actor {
  return makeActor({
    id,
    kind,
    name: { ar, en },
    role: { ar: roleAr, en: roleEn },
    affiliation,
    wikidata,
  });
}

const actors: Actor[] = [
  actor(
    'akar',
    'person',
    'خلوصي أكار',
    'Hulusi Akar',
    'وزير الدفاع الوطني التركي',
    'Turkish Minister of National Defence',
    'turkish-government',
  ),
  actor(
    'guler',
    'person',
    'يشار غولار',
    'Yaşar Güler',
    'رئيس الأركان العامة التركي',
    'Chief of the Turkish General Staff',
    'turkish-government',
  ),
  actor(
    'erdogan',
    'person',
    'رجب طيب أردوغان',
    'Recep Tayyip Erdoğan',
    'رئيس الجمهورية التركية',
    'President of Turkey',
    'turkish-government',
    'Q39259',
  ),
  actor(
    'namroush',
    'person',
    'صلاح الدين النمروش',
    'Salah al-Din al-Namroush',
    'وكيل وزارة الدفاع في حكومة الوفاق',
    'GNA Deputy Minister of Defence',
    'gna',
  ),
  actor(
    'lavrov',
    'person',
    'سيرغي لافروف',
    'Sergey Lavrov',
    'وزير الخارجية الروسي',
    'Russian Minister of Foreign Affairs',
  ),
  actor(
    'gna',
    'organization',
    'حكومة الوفاق الوطني',
    'Government of National Accord',
    'الحكومة الليبية في طرابلس',
    'Libyan government based in Tripoli',
  ),
  actor(
    'turkish-government',
    'organization',
    'الحكومة التركية',
    'Government of Turkey',
    'حكومة الجمهورية التركية',
    'Government of the Republic of Turkey',
  ),
  actor('turkey', 'state', 'تركيا', 'Turkey', 'دولة', 'Country'),
  actor('libya-218', 'media', 'قناة 218', 'Libya 218', 'قناة إخبارية ليبية', 'Libyan news channel'),
];

function place(id: string, kind: Place['kind'], ar: string, en: string, lat: number, lon: number) {
  return makePlace({ id, kind, name: { ar, en }, lat, lon });
}

const places: Place[] = [
  place('tripoli', 'city', 'طرابلس', 'Tripoli', 32.89, 13.19),
  place('istanbul', 'city', 'إسطنبول', 'Istanbul', 41.01, 28.95),
  place(
    'mitiga-airport',
    'airport',
    'مطار معيتيقة الدولي',
    'Mitiga International Airport',
    32.89,
    13.28,
  ),
];

const day = dayDate;

function event(
  id: string,
  type: CorpusEvent['type'],
  date: DateValue,
  placeId: string | null,
  participants: [string, CorpusEvent['actors'][number]['role']][],
  en: string,
  ar: string,
): CorpusEvent {
  return {
    ...makeEvent({ id, type, title: { ar, en }, date, place: placeId }),
    actors: participants.map(([actorId, role]) => ({ id: actorId, role })),
    evidence: [{ document: 'doc-1', start: 0, end: 10 }],
  };
}

/** Listed out of time order on purpose: the index sorts them. */
const events: CorpusEvent[] = [
  event(
    'akar-receives-namroush',
    'meeting',
    day('2021-01-10'),
    'istanbul',
    [
      ['akar', 'host'],
      ['namroush', 'guest'],
      ['libya-218', 'source'],
    ],
    'Akar receives al-Namroush in Istanbul',
    'أكار يستقبل النمروش في إسطنبول',
  ),
  event(
    'mou-2019',
    'agreement',
    { start: '2019-11-01', end: '2019-11-30', precision: 'month', basis: 'stated' },
    null,
    [
      ['turkish-government', 'signatory'],
      ['gna', 'signatory'],
    ],
    'Turkey–GNA military cooperation memorandum',
    'مذكرة التفاهم العسكري بين تركيا وحكومة الوفاق',
  ),
  event(
    'akar-visits-tripoli',
    'visit',
    day('2020-07-03'),
    'tripoli',
    [
      ['akar', 'guest'],
      ['guler', 'accompanying'],
      ['gna', 'host'],
    ],
    'Akar visits Tripoli',
    'أكار يزور طرابلس',
  ),
  event(
    'mitiga-ceremony',
    'ceremony',
    day('2020-07-03'),
    'mitiga-airport',
    [
      ['akar', 'guest'],
      ['namroush', 'host'],
    ],
    'Welcome ceremony for Akar at Mitiga airport',
    'مراسم استقبال أكار في مطار معيتيقة',
  ),
  event(
    'akar-meets-namroush',
    'meeting',
    {
      start: '2020-07-03',
      end: '2020-07-04',
      precision: 'range',
      basis: 'reported',
      openStart: true,
    },
    'tripoli',
    [
      ['akar', 'guest'],
      ['namroush', 'host'],
      ['guler', 'accompanying'],
      ['gna', 'participant'],
      ['turkish-government', 'participant'],
    ],
    'Akar and al-Namroush meet in Tripoli',
    'أكار والنمروش يلتقيان في طرابلس',
  ),
  event(
    'erdogan-statement',
    'statement',
    {
      start: '2020-07-03',
      end: '2020-07-04',
      precision: 'range',
      basis: 'reported',
      openStart: true,
    },
    'istanbul',
    [
      ['erdogan', 'speaker'],
      ['akar', 'subject'],
      ['turkey', 'subject'],
    ],
    'Erdoğan: cooperation with Libya continues',
    'أردوغان: التعاون مع ليبيا مستمر',
  ),
  event(
    'training',
    'training',
    { start: '2019-11-01', end: '2021-01-10', precision: 'range', basis: 'reported' },
    null,
    [
      ['turkish-government', 'participant'],
      ['gna', 'participant'],
    ],
    'Turkey trains GNA personnel',
    'تركيا تدرب عناصر حكومة الوفاق',
  ),
];

const text =
  'استقبل وزير الدفاع التركي خلوصي أكار صلاح الدين النمروش في إسطنبول. ' +
  'وقال أكار إن تركيا ستواصل دعم حكومة الوفاق الوطني. ' +
  'وكان أكار قد زار طرابلس برفقة يشار غولار.';

/** Every occurrence of each name in the text, as the pipeline would find them. */
function mentionsOf(names: [string, string][]): Mention[] {
  const found: Mention[] = [];
  for (const [entity, name] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      found.push({ entity, start: at, end: at + name.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

export const fixtureCorpus: Corpus = {
  version: 1,
  id: 'fixture',
  name: { ar: 'مجموعة اختبار', en: 'Test corpus' },
  documents: [
    {
      id: 'doc-1',
      title: { ar: 'وثيقة اختبار', en: 'Test document' },
      publisher: { ar: 'ناشر', en: 'Publisher' },
      credits: [],
      published: day('2021-01-10'),
      text,
      sentences: [{ start: 0, end: text.length, en: 'Test sentence.' }],
      mentions: mentionsOf([
        ['akar', 'أكار'],
        ['namroush', 'النمروش'],
        ['guler', 'غولار'],
        ['turkey', 'تركيا'],
        ['gna', 'حكومة الوفاق'],
        ['istanbul', 'إسطنبول'],
        ['tripoli', 'طرابلس'],
      ]),
    },
  ],
  actors,
  places,
  events,
};

export const fixtureIndex: CorpusIndex = buildCorpusIndex(fixtureCorpus);

/** The ids of every event in the fixture. */
export const allEventIds: ReadonlySet<string> = new Set(fixtureIndex.events.map((e) => e.id));
