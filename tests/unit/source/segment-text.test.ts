import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/domain/corpus/schema';
import { segmentText } from '../../../src/features/source/segment-text';
import { find, TRIPOLI_SENTENCES, tripoliDoc } from './fixture';

const text = 'abcdefghijklmnopqrstuvwxyz';
const m = (entity: string, start: number, end: number): Mention => ({ entity, start, end });
/** [text, entity or '-', evidence index or '-'] per segment, for compact expectations. */
const shape = (segments: ReturnType<typeof segmentText>) =>
  segments.map((s) => [s.text, s.mention?.entity ?? '-', s.evidence ?? '-']);

describe('segmentText', () => {
  it('returns nothing for an empty or inverted range', () => {
    expect(segmentText(text, 5, 5, [m('a', 5, 6)], [{ start: 0, end: 9 }])).toEqual([]);
    expect(segmentText(text, 8, 3, [], [])).toEqual([]);
    expect(segmentText('', 0, 4, [], [])).toEqual([]);
  });

  it('returns the whole range as one plain piece when nothing marks it', () => {
    expect(segmentText(text, 2, 7, [], [])).toEqual([
      { start: 2, end: 7, text: 'cdefg', mention: null, evidence: null },
    ]);
  });

  it('splits at mentions, including mentions at both edges of the range', () => {
    const first = m('x', 2, 4);
    const last = m('y', 8, 10);
    const segments = segmentText(text, 2, 10, [last, first], []);
    expect(shape(segments)).toEqual([
      ['cd', 'x', '-'],
      ['efgh', '-', '-'],
      ['ij', 'y', '-'],
    ]);
    expect(segments[0]?.mention).toBe(first);
  });

  it('clips mentions and evidence that reach outside the range (sentence boundaries)', () => {
    const segments = segmentText(text, 5, 10, [m('x', 3, 7)], [{ start: 8, end: 20 }]);
    expect(shape(segments)).toEqual([
      ['fg', 'x', '-'],
      ['h', '-', '-'],
      ['ij', '-', 0],
    ]);
    expect(segments[0]?.start).toBe(5);
    expect(segments[2]?.end).toBe(10);
  });

  it('ignores mentions and spans wholly outside the range, empty or inverted', () => {
    const segments = segmentText(
      text,
      5,
      10,
      [m('out', 0, 5), m('empty', 6, 6), m('inverted', 9, 7)],
      [
        { start: 10, end: 12 },
        { start: 7, end: 7 },
      ],
    );
    expect(shape(segments)).toEqual([['fghij', '-', '-']]);
  });

  it('clamps a range that runs past the end of the text', () => {
    expect(shape(segmentText(text, 24, 99, [m('z', 25, 40)], []))).toEqual([
      ['y', '-', '-'],
      ['z', 'z', '-'],
    ]);
  });

  it('keeps the mention that starts first when mentions overlap, the longer on a tie', () => {
    const segments = segmentText(
      text,
      0,
      12,
      [m('late', 3, 8), m('early', 1, 5), m('short', 1, 3), m('nested', 9, 10), m('outer', 8, 12)],
      [],
    );
    expect(shape(segments)).toEqual([
      ['a', '-', '-'],
      ['bcde', 'early', '-'],
      ['fgh', '-', '-'],
      ['ijkl', 'outer', '-'],
    ]);
  });

  it('cuts a mention where evidence begins, the pieces sharing one mention object', () => {
    const akar = m('akar', 4, 10);
    const segments = segmentText(text, 0, 12, [akar], [{ start: 7, end: 11 }]);
    expect(shape(segments)).toEqual([
      ['abcd', '-', '-'],
      ['efg', 'akar', '-'],
      ['hij', 'akar', 0],
      ['k', '-', 0],
      ['l', '-', '-'],
    ]);
    expect(segments[1]?.mention).toBe(akar);
    expect(segments[2]?.mention).toBe(akar);
  });

  it('reports the first covering evidence span and merges where it does not change', () => {
    const segments = segmentText(
      text,
      0,
      10,
      [],
      [
        { start: 4, end: 9 },
        { start: 1, end: 6 },
        { start: 2, end: 3 },
      ],
    );
    expect(shape(segments)).toEqual([
      ['a', '-', '-'],
      ['bcd', '-', 1],
      ['efghi', '-', 0],
      ['j', '-', '-'],
    ]);
  });

  it('cuts real Arabic at a mention inside a word (بإسطنبول)', () => {
    const sentence = TRIPOLI_SENTENCES[TRIPOLI_SENTENCES.length - 1]?.[0] ?? '';
    const start = tripoliDoc.text.indexOf(sentence);
    const end = start + sentence.length;
    const istanbul = tripoliDoc.mentions.find((x) => x.entity === 'istanbul');
    const segments = segmentText(tripoliDoc.text, start, end, tripoliDoc.mentions, [
      find(tripoliDoc.text, 'للصحفيين بإسطنبول'),
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(sentence);
    const pieces = segments.filter((s) => s.mention === istanbul);
    expect(pieces.map((s) => s.text)).toEqual(['إسطنبول']);
    expect(pieces[0]?.evidence).toBe(0);
    const before = segments[segments.indexOf(pieces[0] as (typeof segments)[number]) - 1];
    expect(before?.text.endsWith('ب')).toBe(true);
  });

  it('always covers the range exactly, in order, with neighbours that differ', () => {
    const range = fc
      .tuple(fc.integer({ min: -3, max: 30 }), fc.integer({ min: -3, max: 30 }))
      .map(([start, end]) => ({ start, end }));
    fc.assert(
      fc.property(
        range,
        fc.array(range.map((r) => ({ entity: 'e', ...r }))),
        fc.array(range),
        (r, mentions, spans) => {
          const segments = segmentText(text, r.start, r.end, mentions, spans);
          const from = Math.max(0, Math.min(r.start, text.length));
          const to = Math.max(from, Math.min(r.end, text.length));
          expect(segments.map((s) => s.text).join('')).toBe(text.slice(from, to));
          let pos = from;
          segments.forEach((s, i) => {
            expect(s.start).toBe(pos);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.text).toBe(text.slice(s.start, s.end));
            if (s.mention) {
              expect(s.start).toBeGreaterThanOrEqual(s.mention.start);
              expect(s.end).toBeLessThanOrEqual(s.mention.end);
            }
            if (s.evidence !== null) {
              const span = spans[s.evidence];
              expect(span && span.start <= s.start && s.end <= span.end).toBe(true);
            }
            const prev = segments[i - 1];
            if (prev) {
              expect(prev.mention !== s.mention || prev.evidence !== s.evidence).toBe(true);
            }
            pos = s.end;
          });
        },
      ),
      { seed: 20200703, numRuns: 300 },
    );
  });
});
