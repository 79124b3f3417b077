/**
 * Synthetic documents for the picker's tests: many titles that look alike (as in the benchmark
 * corpus, where titles repeat) and a few distinctive ones deep in the list.
 */
import type { CorpusDocument } from '../../../src/domain/corpus/schema';

const EN_WHAT = ['Statement', 'Phone call', 'Training', 'Meeting', 'Visit'];
const AR_WHAT = ['تصريح', 'اتصال هاتفي', 'تدريب', 'اجتماع', 'زيارة'];
const EN_WHERE = ['Misrata', 'Zawiya', 'Sirte', 'Benghazi', 'Sabha', 'Derna', 'Ghat'];
const AR_WHERE = ['مصراتة', 'الزاوية', 'سرت', 'بنغازي', 'سبها', 'درنة', 'غات'];

export function syntheticDocument(n: number, title?: { ar: string; en: string }): CorpusDocument {
  const what = n % EN_WHAT.length;
  const where = n % EN_WHERE.length;
  const day = String((n % 28) + 1).padStart(2, '0');
  return {
    id: `doc-${String(n).padStart(5, '0')}`,
    title: title ?? {
      en: `${EN_WHAT[what] ?? ''} in ${EN_WHERE[where] ?? ''}`,
      ar: `${AR_WHAT[what] ?? ''} في ${AR_WHERE[where] ?? ''}`,
    },
    publisher: { ar: 'ناشر', en: 'Publisher' },
    credits: [],
    published: {
      start: `2020-03-${day}`,
      end: `2020-03-${day}`,
      precision: 'day',
      basis: 'stated',
    },
    text: 'نص.',
    sentences: [{ start: 0, end: 3, en: 'Text.' }],
    mentions: [],
  };
}

/** Deep in the list, with a title no other document shares (accents and hamza as written). */
export const DEEP_EN = 4321;
export const DEEP_EN_TITLE = {
  en: 'Yaşar Güler inspects the Çatalca depot',
  ar: 'يشار غولر يتفقد مستودع جاتالجا',
};
export const DEEP_AR = 4777;
export const DEEP_AR_TITLE = {
  en: 'The defence minister lands at Mitiga',
  ar: 'وزير الدفاع آكار يصل إلى إسطنبول',
};

/** `count` documents; at DEEP_EN and DEEP_AR (when within count) the distinctive titles. */
export function manyDocuments(count: number): CorpusDocument[] {
  return Array.from({ length: count }, (_, n) =>
    syntheticDocument(n, n === DEEP_EN ? DEEP_EN_TITLE : n === DEEP_AR ? DEEP_AR_TITLE : undefined),
  );
}
