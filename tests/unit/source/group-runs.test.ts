import { describe, expect, it } from 'vitest';
import { groupRuns } from '../../../src/features/source/group-runs';
import { segmentText } from '../../../src/features/source/segment-text';
import { find } from './fixture';

/** Each chunk as [nowrap, [[entity or '-', text of the run]]]. */
function shape(text: string, mentions: { entity: string; words: string }[], evidence = '') {
  const segments = segmentText(
    text,
    0,
    text.length,
    mentions.map((m) => ({ entity: m.entity, ...find(text, m.words) })),
    evidence ? [find(text, evidence)] : [],
  );
  return groupRuns(text, segments).map((c) => [
    c.nowrap,
    c.runs.map((r) => [r.mention?.entity ?? '-', r.segments.map((s) => s.text).join('|')]),
  ]);
}

describe('groupRuns', () => {
  it('keeps a clitic and trailing punctuation on the line of the mention', () => {
    const text = 'أضاف بإسطنبول، أن';
    expect(shape(text, [{ entity: 'istanbul', words: 'إسطنبول' }])).toEqual([
      [false, [['-', 'أضاف ']]],
      [
        true,
        [
          ['-', 'ب'],
          ['istanbul', 'إسطنبول'],
          ['-', '،'],
        ],
      ],
      [false, [['-', ' أن']]],
    ]);
  });

  it('leaves a mention between spaces as a chunk of its own', () => {
    const text = 'في طرابلس اليوم';
    expect(shape(text, [{ entity: 'tripoli', words: 'طرابلس' }])).toEqual([
      [false, [['-', 'في ']]],
      [true, [['tripoli', 'طرابلس']]],
      [false, [['-', ' اليوم']]],
    ]);
  });

  it('makes one run of a mention cut by evidence', () => {
    const text = 'مع وأكار وغولر معا';
    expect(
      shape(
        text,
        [
          { entity: 'akar', words: 'أكار' },
          { entity: 'guler', words: 'غولر' },
        ],
        'كار وغو',
      ),
    ).toEqual([
      [false, [['-', 'مع ']]],
      [
        true,
        [
          ['-', 'و'],
          ['akar', 'أ|كار'],
        ],
      ],
      [false, [['-', ' ']]],
      [
        true,
        [
          ['-', 'و'],
          ['guler', 'غو|لر'],
        ],
      ],
      [false, [['-', ' معا']]],
    ]);
  });

  it('makes one chunk of two mentions run together in one word', () => {
    const text = 'مع أكاروغولر معا';
    expect(
      shape(text, [
        { entity: 'akar', words: 'أكار' },
        { entity: 'guler', words: 'غولر' },
      ]),
    ).toEqual([
      [false, [['-', 'مع ']]],
      [
        true,
        [
          ['akar', 'أكار'],
          ['-', 'و'],
          ['guler', 'غولر'],
        ],
      ],
      [false, [['-', ' معا']]],
    ]);
  });

  it('returns nothing for no segments and plain text as one chunk', () => {
    expect(groupRuns('', [])).toEqual([]);
    expect(shape('نص بلا أسماء', [])).toEqual([[false, [['-', 'نص بلا أسماء']]]]);
  });
});
