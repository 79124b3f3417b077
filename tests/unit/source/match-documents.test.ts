import { describe, expect, it } from 'vitest';
import {
  documentSearchKey,
  documentSearchKeys,
} from '../../../src/features/source/document-search-keys';
import { matchDocuments } from '../../../src/features/source/match-documents';
import {
  DEEP_AR,
  DEEP_AR_TITLE,
  DEEP_EN,
  DEEP_EN_TITLE,
  manyDocuments,
  syntheticDocument,
} from './many-documents';

const docs = manyDocuments(5000);
const ids = (list: readonly { id: string }[]) => list.map((d) => d.id);

describe('documentSearchKey', () => {
  it('folds both titles as the corpus search does: case, accents, Arabic spelling variants', () => {
    expect(documentSearchKey(syntheticDocument(0, DEEP_EN_TITLE))).toBe(
      'yasar guler inspects the catalca depot | يشار غولر يتفقد مستودع جاتالجا',
    );
    expect(documentSearchKey(syntheticDocument(0, DEEP_AR_TITLE))).toBe(
      'the defence minister lands at mitiga | وزير الدفاع اكار يصل الي اسطنبول',
    );
  });

  it('is computed once per documents array', () => {
    const keys = documentSearchKeys(docs);
    expect(documentSearchKeys(docs)).toBe(keys);
    expect(keys).toHaveLength(docs.length);
    expect(documentSearchKeys([...docs])).not.toBe(keys);
  });
});

describe('matchDocuments', () => {
  it('with no query matches every document and returns at most `limit`', () => {
    const result = matchDocuments(docs, '  ', [], 50);
    expect(result.total).toBe(5000);
    expect(ids(result.others)).toEqual(ids(docs.slice(0, 50)));
    expect(result.first).toEqual([]);
  });

  it('finds a title deep in the list whatever the case, accents or hamza', () => {
    for (const query of ['GULER catalca', 'güler', 'Çatalca']) {
      const result = matchDocuments(docs, query, [], 50);
      expect(ids(result.others), query).toEqual([`doc-0${String(DEEP_EN)}`]);
      expect(result.total).toBe(1);
    }
    for (const query of ['اكار اسطنبول', 'أكار', 'الى إسطنبول']) {
      const result = matchDocuments(docs, query, [], 50);
      expect(ids(result.others), query).toEqual([`doc-0${String(DEEP_AR)}`]);
    }
  });

  it('needs every word of the query, in either title', () => {
    // "Sirte" is every 7th title; "Training" every 5th: both, every 35th.
    const result = matchDocuments(docs, 'training سرت', [], 1000);
    expect(result.total).toBe(docs.filter((_, n) => n % 5 === 2 && n % 7 === 2).length);
    expect(result.others.every((d) => d.title.en === 'Training in Sirte')).toBe(true);
    expect(matchDocuments(docs, 'training nowhere', [], 50).total).toBe(0);
  });

  it('puts titles where the query begins a word before those where it is inside one', () => {
    const list = [
      syntheticDocument(0, { en: 'A smart move', ar: 'خطوة ذكية' }),
      syntheticDocument(1, { en: 'Artillery fire', ar: 'قصف مدفعي' }),
      syntheticDocument(2, { en: 'Quartet meets', ar: 'اجتماع رباعي' }),
      syntheticDocument(3, { en: 'Art exhibition', ar: 'معرض فني' }),
    ];
    const result = matchDocuments(list, 'art', [], 50);
    expect(result.others.map((d) => d.title.en)).toEqual([
      'Artillery fire',
      'Art exhibition',
      'A smart move',
      'Quartet meets',
    ]);
    expect(result.total).toBe(4);
  });

  it('offers the `first` documents first, once, and counts them once', () => {
    const first = [docs[4999]!, docs[DEEP_EN]!];
    const all = matchDocuments(docs, '', first, 50);
    expect(ids(all.first)).toEqual(['doc-04999', `doc-0${String(DEEP_EN)}`]);
    expect(all.others).toHaveLength(48);
    expect(ids(all.others)).not.toContain('doc-04999');
    expect(all.total).toBe(5000);
    // A query that only one of them matches.
    const some = matchDocuments(docs, 'guler', first, 50);
    expect(ids(some.first)).toEqual([`doc-0${String(DEEP_EN)}`]);
    expect(some.others).toEqual([]);
    expect(some.total).toBe(1);
  });

  it('counts every match but keeps only `limit`', () => {
    const result = matchDocuments(docs, 'misrata', [], 50);
    expect(result.total).toBe(docs.filter((_, n) => n % 7 === 0).length);
    expect(result.others).toHaveLength(50);
  });
});
