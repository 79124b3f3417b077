/**
 * A small corpus for component tests: sentences copied verbatim from data/sources (two
 * documents), English from data/curation/translations, actors and places from
 * data/curation. Every offset is computed here from the text, never typed by hand.
 */
import { buildCorpusIndex, type CorpusIndex } from '../../../src/domain/corpus/corpus-index';
import type {
  Actor,
  Corpus,
  CorpusDocument,
  CorpusEvent,
  Mention,
  Place,
  Span,
} from '../../../src/domain/corpus/schema';

/** [Arabic sentence, English translation] from 003_24fb423664423354 (sentences 0, 1, 2, 4, 9, 10, 13). */
export const TRIPOLI_SENTENCES: [string, string][] = [
  [
    'اتفق وكيل وزارة الدفاع في حكومة الوفاق الوطني الليبية صلاح النمروش ووزير الدفاع التركي خلوصي أكار على فتح مراكز تدريب لبناء جيش محترف ذي عقيدة لحماية الوطن والشعب والحفاظ على مقدرات الدولة الليبية.',
    'The Undersecretary of the Ministry of Defence in the Libyan Government of National Accord, Salah al-Namroush, and the Turkish Minister of Defence, Hulusi Akar, agreed to open training centres to build a professional army with a doctrine of protecting the homeland and the people and preserving the resources of the Libyan state.',
  ],
  [
    'وأكد النمروش على استمرار الدعم التركي للحكومة الشرعية في ليبيا في مجالات التعاون العسكري والأمني وبرامج بناء القدرات الأمنية والدفاعية في إطار مذكرة التفاهم الموقعة بين البلدين في نوفمبر/تشرين الثاني الماضي.',
    'Al-Namroush affirmed the continuation of Turkish support for the legitimate government in Libya in the fields of military and security cooperation and of programmes for building security and defence capabilities, within the framework of the memorandum of understanding signed between the two countries last November.',
  ],
  [
    'وأوضح النمروش لوزير الدفاع التركي خلوصي أكار ورئيس الأركان العامة الفريق أول يشار غولار بالعاصمة طرابلس "مدى إجرام" قوات اللواء المتقاعد خليفة حفتر بعد العثور على مقابر جماعية في مدينة ترهونة.',
    'In the capital, Tripoli, al-Namroush explained to the Turkish Minister of Defence, Hulusi Akar, and the Chief of the General Staff, General Yaşar Güler, "the extent of the criminality" of the forces of retired Major General Khalifa Haftar, after the finding of mass graves in the city of Tarhuna.',
  ],
  [
    'جاء ذلك في تصريح صحفي عقب لقاء أكار برئيس المجلس الأعلى للدولة الليبية خالد المشري، برفقة رئيس الأركان التركي يشار غولر في العاصمة الليبية طرابلس.',
    'This came in a press statement following Akar’s meeting with the President of the Libyan High Council of State, Khalid al-Mishri, accompanied by the Turkish Chief of Staff, Yaşar Güler, in the Libyan capital, Tripoli.',
  ],
  [
    'وزار أكار يوم الجمعة طرابلس، وجرى استقباله بمراسم رسمية في مطار معيتيقة الدولي بالعاصمة الليبية.',
    'Akar visited Tripoli on Friday, and he was received with an official ceremony at Mitiga International Airport in the Libyan capital.',
  ],
  [
    'وكان في استقبال أكار وكيل وزارة الدفاع الليبية صلاح النمروش، ورئيس الأركان الفريق ركن محمد الشريف، وقائد القوات البحرية عبد الحكيم أبو حولية.',
    'Among those receiving Akar were the Undersecretary of the Libyan Ministry of Defence, Salah al-Namroush, the Chief of Staff, Staff Lieutenant General Mohammed al-Sharif, and the Commander of the Naval Forces, Abdul Hakim Abu Hawliya.',
  ],
  [
    'وأضاف أردوغان -في تصريح للصحفيين بإسطنبول- أن "وزير دفاعنا في زيارة إلى ليبيا لمواصلة التعاون القائم بتنسيق أوثق".',
    'Erdoğan added – in a statement to journalists in Istanbul – that "our Minister of Defence is on a visit to Libya to continue the existing cooperation with closer coordination".',
  ],
];

/** [Arabic sentence, English translation] from 000_c1d9a3115eba2769 (sentences 2 and 10). */
export const ISTANBUL_SENTENCES: [string, string][] = [
  [
    'وصل وزير الدفاع المفوض، بحكومة الوفاق، صلاح الدين النمروش، إلى مدينة اسطنبول التركية اليوم الأحد.',
    'The delegated Minister of Defence in the Government of National Accord, Salah al-Din al-Namroush, arrived in the Turkish city of Istanbul today, Sunday.',
  ],
  [
    'ومن المعلوم أن تركيا تتدخل عسكرياً في ليبيا بعد توقيعها اتفاقية تعاون عسكري مع حكومة الوفاق في نوفمبر 2019، بالإضافة إلى تقديمها تدريبات عسكرية لعناصر الوفاق.',
    'It is known that Turkey has been intervening militarily in Libya after signing a military cooperation agreement with the Government of National Accord in November 2019, in addition to providing military training to the personnel of the Government of National Accord.',
  ],
];

/** Paragraph breaks after these sentences; a space otherwise (sentences 9 and 10 share one). */
const TRIPOLI_SEPARATORS = ['\n\n', '\n\n', '\n\n', '\n\n', ' ', '\n\n'];

function join(sentences: [string, string][], separators: string[]) {
  let text = '';
  const out: CorpusDocument['sentences'] = [];
  sentences.forEach(([ar, en], i) => {
    if (i > 0) text += separators[i - 1] ?? '\n\n';
    out.push({ start: text.length, end: text.length + ar.length, en });
    text += ar;
  });
  return { text, sentences: out };
}

/** The `occurrence`-th (1-based) [start, end) of `words` in `text`; throws if absent. */
export function find(text: string, words: string, occurrence = 1): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i < occurrence; i++) {
    start = text.indexOf(words, start + 1);
    if (start < 0) throw new Error(`fixture: «${words}» (#${occurrence}) is not in the text`);
  }
  return { start, end: start + words.length };
}

function mentions(text: string, list: [string, string, number?][]): Mention[] {
  return list
    .map(([entity, words, occurrence]) => ({ entity, ...find(text, words, occurrence) }))
    .sort((a, b) => a.start - b.start);
}

export const TRIPOLI_ID = '003_24fb423664423354';
export const ISTANBUL_ID = '000_c1d9a3115eba2769';

const tripoli = join(TRIPOLI_SENTENCES, TRIPOLI_SEPARATORS);
const istanbul = join(ISTANBUL_SENTENCES, []);

export const tripoliDoc: CorpusDocument = {
  id: TRIPOLI_ID,
  title: {
    ar: 'اتفاق ليبي تركي على فتح مراكز تدريب خلال زيارة أكار إلى طرابلس',
    en: "Libya and Turkey agree to open training centres during Akar's visit to Tripoli",
  },
  publisher: {
    ar: 'الجزيرة نت (بأسلوبها؛ نقلته منافذ أخرى)',
    en: 'Al Jazeera Net style (also carried by other outlets)',
  },
  credits: [],
  published: {
    start: '2020-07-03',
    end: '2020-07-04',
    precision: 'range',
    basis: 'external',
    note: {
      ar: 'الصفحة بلا تاريخ؛ نقلت منافذ أخرى النص نفسه يومي 4 و5 يوليو 2020، وزيارة أكار «يوم الجمعة» وقعت في 3 يوليو 2020، فالنشر بين 3 و4 يوليو 2020.',
      en: "The page carries no date; other outlets carried the same text on 4–5 July 2020 and Akar's visit 'on Friday' was on 3 July 2020, so it was published between 3 and 4 July 2020.",
    },
  },
  ...tripoli,
  mentions: mentions(tripoli.text, [
    ['gna', 'حكومة الوفاق الوطني'],
    ['namroush', 'صلاح النمروش'],
    ['akar', 'خلوصي أكار'],
    ['namroush', 'النمروش', 2],
    ['libya', 'ليبيا'],
    ['namroush', 'النمروش', 3],
    ['akar', 'خلوصي أكار', 2],
    ['guler', 'يشار غولار'],
    ['tripoli', 'طرابلس'],
    ['tarhuna', 'ترهونة'],
    ['akar', 'أكار', 3],
    ['high-council-of-state', 'المجلس الأعلى للدولة'],
    ['mishri', 'خالد المشري'],
    ['guler', 'يشار غولر'],
    ['tripoli', 'طرابلس', 2],
    ['akar', 'أكار', 4],
    ['tripoli', 'طرابلس', 3],
    ['mitiga-airport', 'مطار معيتيقة الدولي'],
    ['akar', 'أكار', 5],
    ['namroush', 'صلاح النمروش', 2],
    ['erdogan', 'أردوغان'],
    ['istanbul', 'إسطنبول'],
    ['libya', 'ليبيا', 2],
  ]),
};

export const istanbulDoc: CorpusDocument = {
  id: ISTANBUL_ID,
  title: {
    ar: 'النمروش في ضيافة وزير الدفاع التركي',
    en: 'Namroush hosted by the Turkish defence minister',
  },
  publisher: {
    ar: 'موقع إخباري ليبي (غير مسمّى في الصفحة)',
    en: 'A Libyan news website (not named on the page)',
  },
  credits: ['بوابة إفريقيا الإخبارية', 'قناة 218 الليبية', 'العربية – الحدث'],
  published: {
    start: '2021-01-10',
    end: '2021-01-10',
    precision: 'day',
    basis: 'external',
    note: {
      ar: 'الصفحة بلا تاريخ؛ حُدّد اليوم من تقارير مؤرخة عن الحدث نفسه: زيارة النمروش إلى إسطنبول نُشرت يوم الأحد 10 يناير 2021، ويتفق ذلك مع قول النص «اليوم الأحد».',
      en: "The page carries no date; it was established from dated reports of the same events: Namroush's Istanbul visit was reported on Sunday 10 January 2021, consistent with the text's 'today, Sunday'.",
    },
  },
  ...istanbul,
  mentions: mentions(istanbul.text, [
    ['gna', 'حكومة الوفاق'],
    ['namroush', 'صلاح الدين النمروش'],
    ['istanbul', 'اسطنبول'],
    ['turkey', 'تركيا'],
    ['libya', 'ليبيا'],
    ['gna', 'حكومة الوفاق', 2],
  ]),
};

const span = (doc: CorpusDocument, words: string, occurrence = 1): Span => ({
  document: doc.id,
  ...find(doc.text, words, occurrence),
});

export const actors: Actor[] = [
  {
    id: 'akar',
    kind: 'person',
    name: { ar: 'خلوصي أكار', en: 'Hulusi Akar' },
    aliases: { ar: ['خلوصي أكار', 'خلوصي آكار', 'أكار', 'آكار'], en: ['Akar'] },
    role: { ar: 'وزير الدفاع الوطني التركي', en: 'Turkish Minister of National Defence' },
    affiliation: 'turkish-government',
    wikidata: null,
    reference: 'fixture copy of data/curation/actors.json',
  },
  {
    id: 'namroush',
    kind: 'person',
    name: { ar: 'صلاح الدين النمروش', en: 'Salah al-Din al-Namroush' },
    aliases: {
      ar: ['صلاح الدين النمروش', 'صلاح النمروش', 'النمروش'],
      en: [
        'Salah al-Namroush',
        'Salah Namroush',
        'al-Namroush',
        'Namroush',
        'Salah el Din al-Namroush',
        'Salah Eddine al-Namrouch',
      ],
    },
    role: {
      ar: 'وكيل وزارة الدفاع (يوليو 2020)، ثم وزير الدفاع المفوض (يناير 2021) في حكومة الوفاق الوطني',
      en: 'GNA Deputy Minister of Defence (July 2020), later Minister of Defence, reported as delegated defence minister (January 2021)',
    },
    affiliation: 'gna',
    wikidata: null,
    reference: 'fixture copy of data/curation/actors.json',
  },
  {
    id: 'guler',
    kind: 'person',
    name: { ar: 'يشار غولار', en: 'Yaşar Güler' },
    aliases: {
      ar: ['يشار غولار', 'يشار غولر', 'غولار', 'غولر'],
      en: ['Güler', 'Yasar Guler', 'Guler'],
    },
    role: {
      ar: 'رئيس الأركان العامة للقوات المسلحة التركية',
      en: 'Chief of the General Staff of the Turkish Armed Forces',
    },
    affiliation: 'turkish-government',
    wikidata: null,
    reference: 'fixture copy of data/curation/actors.json',
  },
  {
    id: 'mishri',
    kind: 'person',
    name: { ar: 'خالد المشري', en: 'Khalid al-Mishri' },
    aliases: {
      ar: ['خالد المشري', 'المشري'],
      en: ['al-Mishri', 'Khaled al-Mishri', 'Khalid Al-Mishri', 'Mishri'],
    },
    role: {
      ar: 'رئيس المجلس الأعلى للدولة في ليبيا',
      en: "Chairman of Libya's High Council of State",
    },
    affiliation: 'high-council-of-state',
    wikidata: null,
    reference: 'fixture copy of data/curation/actors.json',
  },
  {
    id: 'erdogan',
    kind: 'person',
    name: { ar: 'رجب طيب أردوغان', en: 'Recep Tayyip Erdoğan' },
    aliases: {
      ar: ['رجب طيب أردوغان', 'أردوغان'],
      en: ['Erdoğan', 'Recep Tayyip Erdogan', 'Erdogan'],
    },
    role: { ar: 'رئيس الجمهورية التركية', en: 'President of Turkey' },
    affiliation: 'turkish-government',
    wikidata: 'Q39259',
    reference: 'fixture copy of data/curation/actors.json',
  },
  {
    id: 'gna',
    kind: 'organization',
    name: { ar: 'حكومة الوفاق الوطني', en: 'Government of National Accord' },
    aliases: {
      ar: ['حكومة الوفاق الوطني', 'حكومة الوفاق', 'الوفاق'],
      en: ['GNA', 'Government of National Accord of Libya'],
    },
    role: {
      ar: 'الحكومة الليبية المعترف بها من الأمم المتحدة ومقرها طرابلس (2016–2021)',
      en: 'UN-recognised Libyan government based in Tripoli (2016–2021)',
    },
    affiliation: null,
    wikidata: null,
    reference: 'fixture copy of data/curation/actors.json',
  },
  {
    id: 'high-council-of-state',
    kind: 'organization',
    name: { ar: 'المجلس الأعلى للدولة', en: 'High Council of State' },
    aliases: {
      ar: ['المجلس الأعلى للدولة'],
      en: ['HCS', 'High State Council', 'High Council of State of Libya'],
    },
    role: {
      ar: 'مجلس استشاري ليبي أنشئ بموجب الاتفاق السياسي الليبي عام 2015',
      en: 'Libyan advisory council created by the 2015 Libyan Political Agreement',
    },
    affiliation: null,
    wikidata: null,
    reference: 'fixture copy of data/curation/actors.json',
  },
  {
    id: 'turkish-government',
    kind: 'organization',
    name: { ar: 'الحكومة التركية', en: 'Government of Turkey' },
    aliases: { ar: ['الحكومة التركية'], en: ['Turkish government', 'Turkish Government'] },
    role: { ar: 'حكومة الجمهورية التركية', en: 'Government of the Republic of Turkey' },
    affiliation: null,
    wikidata: null,
    reference: 'fixture copy of data/curation/actors.json',
  },
];

export const places: Place[] = [
  {
    id: 'tripoli',
    kind: 'city',
    name: { ar: 'طرابلس', en: 'Tripoli' },
    aliases: { ar: ['طرابلس', 'طرابلس الغرب'], en: ['Tarabulus', 'Tripoli, Libya'] },
    lat: 32.8752,
    lon: 13.1875,
    country: 'libya',
    wikidata: 'Q3579',
    gazetteer: 'fixture copy of data/curation/places.json',
  },
  {
    id: 'istanbul',
    kind: 'city',
    name: { ar: 'إسطنبول', en: 'Istanbul' },
    aliases: { ar: ['إسطنبول', 'اسطنبول'], en: ['İstanbul'] },
    lat: 41.0138,
    lon: 28.9497,
    country: 'turkey',
    wikidata: 'Q406',
    gazetteer: 'fixture copy of data/curation/places.json',
  },
  {
    id: 'mitiga-airport',
    kind: 'airport',
    name: { ar: 'مطار معيتيقة الدولي', en: 'Mitiga International Airport' },
    aliases: {
      ar: ['مطار معيتيقة الدولي', 'مطار معيتيقة', 'معيتيقة'],
      en: ['Mitiga Airport', 'Mitiga', 'MJI', 'HLLM'],
    },
    lat: 32.8942,
    lon: 13.2761,
    country: 'libya',
    wikidata: null,
    gazetteer: 'fixture copy of data/curation/places.json',
  },
  {
    id: 'tarhuna',
    kind: 'city',
    name: { ar: 'ترهونة', en: 'Tarhuna' },
    aliases: { ar: ['ترهونة'], en: ['Tarhunah', 'Tarhouna', 'Tarhoona'] },
    lat: 32.435,
    lon: 13.6332,
    country: 'libya',
    wikidata: null,
    gazetteer: 'fixture copy of data/curation/places.json',
  },
  {
    id: 'libya',
    kind: 'country',
    name: { ar: 'ليبيا', en: 'Libya' },
    aliases: { ar: ['ليبيا'], en: ['State of Libya'] },
    lat: 25,
    lon: 17,
    country: null,
    wikidata: 'Q1016',
    gazetteer: 'fixture copy of data/curation/places.json',
  },
  {
    id: 'turkey',
    kind: 'country',
    name: { ar: 'تركيا', en: 'Turkey' },
    aliases: { ar: ['تركيا'], en: ['Türkiye', 'Republic of Turkey', 'Turkiye'] },
    lat: 39,
    lon: 35,
    country: null,
    wikidata: 'Q43',
    gazetteer: 'fixture copy of data/curation/places.json',
  },
];

const afterPublication = {
  ar: 'لا يذكر النص تاريخاً: وقع في يوم النشر أو قبله',
  en: 'the text gives no date: on or before publication',
};

/** Evidence in three sentences of the Tripoli document; the date from «يوم الجمعة». */
export const akarVisitsTripoli: CorpusEvent = {
  id: 'akar-visits-tripoli-2020',
  type: 'visit',
  title: { ar: 'أكار يزور طرابلس', en: 'Akar visits Tripoli' },
  summary: {
    ar: 'زار وزير الدفاع التركي خلوصي أكار طرابلس يوم الجمعة، برفقة رئيس الأركان يشار غولر.',
    en: 'The Turkish Minister of Defence, Hulusi Akar, visited Tripoli on Friday, with the Chief of Staff, Yaşar Güler.',
  },
  date: {
    start: '2020-07-03',
    end: '2020-07-03',
    precision: 'day',
    basis: 'relative',
    note: {
      ar: 'يوم الجمعة: آخر يوم جمعة في يوم النشر أو قبله',
      en: 'on Friday: the last Friday on or before publication',
    },
    expression: span(tripoliDoc, 'يوم الجمعة'),
  },
  place: 'tripoli',
  actors: [
    { id: 'akar', role: 'guest' },
    { id: 'guler', role: 'accompanying' },
    { id: 'gna', role: 'host' },
  ],
  evidence: [
    span(tripoliDoc, 'وزار أكار يوم الجمعة طرابلس'),
    span(
      tripoliDoc,
      'لقاء أكار برئيس المجلس الأعلى للدولة الليبية خالد المشري، برفقة رئيس الأركان التركي يشار غولر في العاصمة الليبية طرابلس',
    ),
    span(tripoliDoc, '"وزير دفاعنا في زيارة إلى ليبيا لمواصلة التعاون القائم بتنسيق أوثق"'),
  ],
};

/** Reported by both documents; the month stated in one of them. */
export const memorandum: CorpusEvent = {
  id: 'turkey-gna-military-cooperation-mou-2019',
  type: 'agreement',
  title: {
    ar: 'توقيع مذكرة التفاهم للتعاون العسكري بين تركيا وحكومة الوفاق',
    en: 'Turkey and the GNA sign a military cooperation memorandum',
  },
  summary: {
    ar: 'وقّعت تركيا وحكومة الوفاق الوطني اتفاقية تعاون عسكري في نوفمبر 2019.',
    en: 'Turkey and the Government of National Accord signed a military cooperation agreement in November 2019.',
  },
  date: {
    start: '2019-11-01',
    end: '2019-11-30',
    precision: 'month',
    basis: 'stated',
    note: { ar: 'الشهر والسنة مذكوران في النص', en: 'the month and year are stated in the text' },
    expression: span(istanbulDoc, 'نوفمبر 2019'),
  },
  place: null,
  actors: [
    { id: 'turkish-government', role: 'signatory' },
    { id: 'gna', role: 'signatory' },
  ],
  evidence: [
    span(istanbulDoc, 'بعد توقيعها اتفاقية تعاون عسكري مع حكومة الوفاق في نوفمبر 2019'),
    span(tripoliDoc, 'مذكرة التفاهم الموقعة بين البلدين في نوفمبر/تشرين الثاني الماضي'),
  ],
};

/** No date in the text: on or before publication. */
export const akarMeetsMishri: CorpusEvent = {
  id: 'akar-meets-mishri-tripoli',
  type: 'meeting',
  title: { ar: 'أكار يلتقي المشري في طرابلس', en: 'Akar meets al-Mishri in Tripoli' },
  summary: {
    ar: 'التقى أكار رئيس المجلس الأعلى للدولة خالد المشري في طرابلس.',
    en: 'Akar met the President of the High Council of State, Khalid al-Mishri, in Tripoli.',
  },
  date: {
    start: '2020-07-03',
    end: '2020-07-04',
    precision: 'range',
    basis: 'reported',
    openStart: true,
    note: afterPublication,
  },
  place: 'tripoli',
  actors: [
    { id: 'akar', role: 'guest' },
    { id: 'mishri', role: 'host' },
  ],
  evidence: [span(tripoliDoc, 'عقب لقاء أكار برئيس المجلس الأعلى للدولة الليبية خالد المشري')],
};

/** A reported range with a lower bound from the text (no open start). */
export const intervention: CorpusEvent = {
  id: 'turkey-military-intervention-in-libya',
  type: 'deployment',
  title: { ar: 'التدخل العسكري التركي في ليبيا', en: 'Turkish military intervention in Libya' },
  summary: {
    ar: 'تتدخل تركيا عسكرياً في ليبيا بعد توقيع الاتفاقية.',
    en: 'Turkey intervenes militarily in Libya after signing the agreement.',
  },
  date: {
    start: '2019-11-01',
    end: '2021-01-10',
    precision: 'range',
    basis: 'reported',
    note: {
      ar: 'يقول النص إن ذلك جاء بعد توقيع اتفاقية التعاون العسكري مع حكومة الوفاق في نوفمبر 2019؛ ولا يذكر تاريخاً آخر.',
      en: 'The text places this after the signing of the military cooperation agreement with the GNA in November 2019; it gives no other date.',
    },
  },
  place: 'libya',
  actors: [
    { id: 'turkish-government', role: 'participant' },
    { id: 'gna', role: 'subject' },
  ],
  evidence: [span(istanbulDoc, 'تركيا تتدخل عسكرياً في ليبيا')],
};

export const events: CorpusEvent[] = [akarVisitsTripoli, memorandum, akarMeetsMishri, intervention];

export const corpus: Corpus = {
  version: 1,
  id: 'fixture',
  name: { ar: 'مدوّنة الاختبار', en: 'Test corpus' },
  documents: [tripoliDoc, istanbulDoc],
  actors,
  places,
  events,
};

export const index: CorpusIndex = buildCorpusIndex(corpus);
