import { describe, expect, it } from 'vitest';
import { sourceRows } from '../../../src/features/source/source-rows';
import { TRIPOLI_SENTENCES, tripoliDoc } from './fixture';

describe('sourceRows', () => {
  it('gives one row per sentence, with its translation, and paragraphs at line breaks', () => {
    const paragraphs = sourceRows(tripoliDoc);
    // Seven sentences; the fifth and sixth share a paragraph (a space between them).
    expect(paragraphs.map((p) => p.length)).toEqual([1, 1, 1, 1, 2, 1]);
    const rows = paragraphs.flat();
    expect(rows.map((r) => tripoliDoc.text.slice(r.start, r.end))).toEqual(
      TRIPOLI_SENTENCES.map(([ar]) => ar),
    );
    expect(rows.map((r) => r.en)).toEqual(TRIPOLI_SENTENCES.map(([, en]) => en));
    expect(rows.map((r) => r.sentence)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('keeps text no sentence covers, line by line, without a translation', () => {
    const text = 'عنوان\n\nجملة أولى. بقية\nجملة ثانية.';
    const first = text.indexOf('جملة أولى.');
    const second = text.indexOf('جملة ثانية.');
    const paragraphs = sourceRows({
      text,
      sentences: [
        { start: second, end: text.length, en: 'Second.' },
        { start: first, end: first + 'جملة أولى.'.length, en: 'First.' },
      ],
    });
    expect(
      paragraphs.map((p) => p.map((r) => [text.slice(r.start, r.end), r.en, r.sentence])),
    ).toEqual([
      [['عنوان', null, null]],
      [
        ['جملة أولى.', 'First.', 1],
        ['بقية', null, null],
      ],
      [['جملة ثانية.', 'Second.', 0]],
    ]);
  });

  it('splits a document without sentences into its lines', () => {
    const paragraphs = sourceRows({ text: '  سطر أول \n\n\nسطر ثان', sentences: [] });
    expect(paragraphs).toEqual([
      [{ start: 2, end: 9, en: null, sentence: null }],
      [{ start: 13, end: 20, en: null, sentence: null }],
    ]);
  });

  it('never repeats text when sentences overlap', () => {
    const text = 'abcdefghij';
    const rows = sourceRows({
      text,
      sentences: [
        { start: 0, end: 6, en: 'A' },
        { start: 4, end: 10, en: 'B' },
        { start: 5, end: 6, en: 'C' },
      ],
    }).flat();
    expect(rows.map((r) => [r.start, r.end, r.en])).toEqual([
      [0, 6, 'A'],
      [6, 10, 'B'],
    ]);
  });
});
