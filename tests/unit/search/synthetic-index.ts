/**
 * A large corpus made up in the test, seeded: `n` events with Arabic and English titles and
 * summaries drawn from word pools, a few hundred actors and places, and documents with
 * sentences. Deterministic for a given seed.
 */
import { buildCorpusIndex, type CorpusIndex } from '../../../src/domain/corpus/corpus-index';
import type {
  Actor,
  Corpus,
  CorpusDocument,
  CorpusEvent,
  Place,
} from '../../../src/domain/corpus/schema';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AR = [
  'وزير',
  'الدفاع',
  'أكار',
  'النمروش',
  'طرابلس',
  'بطرابلس',
  'زيارة',
  'اتفاق',
  'تدريب',
  'مركز',
  'الوفاق',
  'حكومة',
  'التركي',
  'الليبي',
  'مطار',
  'معيتيقة',
  'إسطنبول',
  'أنقرة',
  'قال',
  'أكّد',
  'والنمروش',
  'للنمروش',
  'الجيش',
  'الوطني',
  'مذكرة',
  'تفاهم',
  'الأمم',
  'المتحدة',
  'ترهونة',
  'مقابر',
];
const EN = [
  'minister',
  'defence',
  'Akar',
  'Namroush',
  'Tripoli',
  'visit',
  'agreement',
  'training',
  'centre',
  'government',
  'Turkish',
  'Libyan',
  'airport',
  'Mitiga',
  'Istanbul',
  'Ankara',
  'said',
  'stressed',
  'army',
  'national',
  'memorandum',
  'understanding',
  'United',
  'Nations',
  'Tarhuna',
  'graves',
];

export function syntheticIndex(n: number, seed: number): CorpusIndex {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const words = (list: readonly string[], count: number, tag: string) =>
    Array.from({ length: count }, (_, i) =>
      i % 5 === 4 ? `${pick(list)}${tag}` : pick(list),
    ).join(' ');
  const actors: Actor[] = Array.from({ length: 300 }, (_, i) => ({
    id: `actor-${i}`,
    kind: 'person',
    name: { ar: `${pick(AR)} ${i}`, en: `${pick(EN)} ${i}` },
    aliases: { ar: [pick(AR)], en: [pick(EN)] },
    role: { ar: words(AR, 4, ''), en: words(EN, 4, '') },
    affiliation: null,
    wikidata: null,
    reference: 'synthetic',
  }));
  const places: Place[] = Array.from({ length: 200 }, (_, i) => ({
    id: `place-${i}`,
    kind: 'city',
    name: { ar: `${pick(AR)} ${i}`, en: `${pick(EN)} ${i}` },
    aliases: { ar: [], en: [] },
    lat: random() * 60,
    lon: random() * 60,
    country: null,
    wikidata: null,
    gazetteer: 'synthetic',
  }));
  const documents: CorpusDocument[] = Array.from({ length: 50 }, (_, d) => {
    const sentences = Array.from({ length: 40 }, () => words(AR, 20, String(d)));
    let text = '';
    const spans = sentences.map((s, i) => {
      const start = text.length;
      text += s + '. ';
      return { start, end: start + s.length + 1, en: `${words(EN, 20, String(i))}.` };
    });
    return {
      id: `doc-${d}`,
      title: { ar: words(AR, 5, ''), en: words(EN, 5, '') },
      publisher: { ar: 'ناشر', en: 'Publisher' },
      credits: [],
      published: { start: '2020-01-01', end: '2020-01-01', precision: 'day', basis: 'stated' },
      text,
      sentences: spans,
      mentions: [],
    };
  });
  const events: CorpusEvent[] = Array.from({ length: n }, (_, i) => {
    const day = `2020-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    return {
      id: `event-${i}`,
      type: 'meeting',
      title: { ar: words(AR, 6, String(i % 97)), en: words(EN, 6, String(i % 97)) },
      summary: { ar: words(AR, 25, String(i % 89)), en: words(EN, 25, String(i % 89)) },
      date: { start: day, end: day, precision: 'day', basis: 'stated' },
      place: `place-${i % 200}`,
      actors: [
        { id: `actor-${i % 300}`, role: 'host' },
        { id: `actor-${(i * 7) % 300}`, role: 'guest' },
      ],
      evidence: [{ document: `doc-${i % 50}`, start: 0, end: 10 }],
    };
  });
  const corpus: Corpus = {
    version: 1,
    id: 'synthetic',
    name: { ar: 'مدونة اصطناعية', en: 'Synthetic corpus' },
    documents,
    actors,
    places,
    events,
  };
  return buildCorpusIndex(corpus);
}
