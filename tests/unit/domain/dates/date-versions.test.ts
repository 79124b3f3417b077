import { describe, expect, it } from 'vitest';
import { readyDocument } from '../../../../src/domain/corpus/document-texts';
import corpusJson from '../../../../public/data/corpus.json';
import { buildCorpusIndex } from '../../../../src/domain/corpus/corpus-index';
import { dateVersions } from '../../../../src/domain/dates/date-versions';
import { corpusSchema } from '../../../../src/domain/corpus/schema';

const index = buildCorpusIndex(corpusSchema.parse(corpusJson));
const event = (id: string) => index.eventsById.get(id)!;

describe('dateVersions', () => {
  it('shows how each document dates the November 2019 memorandum, and that they agree', () => {
    const versions = dateVersions(index, event('turkey-gna-military-cooperation-mou-2019'));
    expect(
      versions.map((v) => [v.document, v.words, v.value.start, v.value.end, v.agrees]),
    ).toEqual([
      ['000_c1d9a3115eba2769', 'نوفمبر 2019', '2019-11-01', '2019-11-30', true],
      ['003_24fb423664423354', 'نوفمبر/تشرين الثاني الماضي', '2019-11-01', '2019-11-30', true],
    ]);
    for (const v of versions)
      expect(readyDocument(index.texts, v.document)!.text.slice(v.start, v.end)).toBe(v.words);
  });
  it('marks a date quoted in the evidence that is not the event’s own', () => {
    const versions = dateVersions(index, event('cavusoglu-welcomes-libyan-election-date'));
    expect(versions.map((v) => [v.words, v.agrees])).toEqual([['الـ24 من ديسمبر 2021', false]]);
  });
  it('includes the words the event’s date was taken from', () => {
    const versions = dateVersions(index, event('mitiga-welcome-ceremony-for-akar'));
    expect(versions.map((v) => [v.words, v.value.start, v.agrees])).toEqual([
      ['يوم الجمعة', '2020-07-03', true],
    ]);
  });
  it('is empty when no date words are involved', () => {
    expect(dateVersions(index, event('guterres-haftar-phone-call'))).toEqual([]);
  });
});

describe('dateVersions: bounds are not dates', () => {
  it('calls the November 2019 of a reported range "after", not the event’s date', () => {
    // Before: "When: 1 Nov 2019 – 10 Jan 2021" beside "dates it to November 2019".
    const versions = dateVersions(index, event('turkey-military-intervention-in-libya'));
    expect(versions.map((v) => [v.words, v.relation, v.agrees])).toEqual([
      ['نوفمبر 2019', 'after', false],
    ]);
  });
});
