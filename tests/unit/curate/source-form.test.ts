// The meta and translation forms apart from React: ingest's stub and damaged files as forms,
// the meta file made from a form (fields it does not edit kept), and what must be fixed first.
import { describe, expect, it } from 'vitest';
import {
  knownSourceMessage,
  metaFormOf,
  metaFormProblems,
  metaOf,
  sourceField,
  translationProblems,
  translationsOf,
} from '../../../src/features/curate/source-form';

const keys = (problems: { key: string }[]) => problems.map((p) => p.key);

describe('the meta form', () => {
  it('empties TODOs and takes what is not a meta as an empty form', () => {
    const form = metaFormOf({
      title: { ar: 'TODO العنوان', en: 'A title' },
      published: { start: 'TODO', end: '2020-07-04', precision: 'range', basis: 'stated' },
      credits: ['وكالة', 3],
    });
    expect(form).toMatchObject({
      titleAr: '',
      titleEn: 'A title',
      start: '',
      end: '2020-07-04',
      precision: 'range',
      basis: 'stated',
      credits: 'وكالة',
    });
    expect(metaFormOf(null)).toMatchObject({ titleAr: '', basis: 'external', precision: 'day' });
    expect(metaFormOf([1, 2]).debris).toBe('');
  });

  it('says what is missing, and only what is', () => {
    const empty = metaFormOf(null);
    expect(keys(metaFormProblems(empty))).toEqual([
      'source.need.titleAr',
      'source.need.titleEn',
      'source.need.publisher',
      'source.need.dates',
      'source.need.note',
    ]);
    const full = {
      ...empty,
      titleAr: 'عنوان',
      titleEn: 'Title',
      publisherAr: 'ناشر',
      publisherEn: 'Publisher',
      start: '2020-07-05',
      end: '2020-07-04',
      basis: 'stated' as const,
    };
    expect(keys(metaFormProblems(full))).toEqual(['source.need.order']);
    expect(metaFormProblems({ ...full, end: '2020-07-05' })).toEqual([]);
    expect(keys(metaFormProblems({ ...full, end: '2020-07-05', debris: 'TODO' }))).toEqual([
      'source.need.todo',
    ]);
  });

  it('makes the meta file, keeping fields the form does not edit', () => {
    const before = { title: { ar: 'x', en: 'x' }, url: 'https://example.org/a' };
    const form = {
      ...metaFormOf(before),
      titleAr: ' عنوان ',
      titleEn: 'Title',
      publisherAr: 'ناشر',
      publisherEn: 'Publisher',
      credits: 'أ\n\n ب ',
      start: '2020-07-04',
      end: '2020-07-04',
      basis: 'stated' as const,
      debris: '',
    };
    expect(metaOf(form, before)).toEqual({
      title: { ar: 'عنوان', en: 'Title' },
      url: 'https://example.org/a',
      publisher: { ar: 'ناشر', en: 'Publisher' },
      credits: ['أ', 'ب'],
      published: { start: '2020-07-04', end: '2020-07-04', precision: 'day', basis: 'stated' },
      debris: [],
    });
  });
});

describe('the translation form', () => {
  it('lists the sentences without English, in the curator’s separator', () => {
    expect(translationProblems(['a', '', 'TODO', ' '], '، ')).toEqual([
      { key: 'source.need.english', values: { sentences: '2، 3، 4' } },
    ]);
    expect(translationProblems(['a'])).toEqual([]);
    expect(translationsOf(['س', 'ص'], [' A ', 'B'])).toEqual([
      { ar: 'س', en: 'A' },
      { ar: 'ص', en: 'B' },
    ]);
  });

  it('names the field or sentence a pipeline problem is about, and words what it can', () => {
    expect(sourceField('meta', 'published.start')).toEqual({ key: 'source.field.published' });
    expect(sourceField('meta', '')).toEqual({ key: 'source.field.meta' });
    expect(sourceField('translations', '[4].en')).toEqual({
      key: 'source.field.sentence',
      values: { number: '5' },
    });
    expect(knownSourceMessage('debris line not found in the text: «سطر»')).toEqual({
      key: 'source.problem.debris',
      values: { line: 'سطر' },
    });
    expect(knownSourceMessage('something new')).toBeNull();
  });
});
