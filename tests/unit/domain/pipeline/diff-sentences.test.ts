import { describe, expect, it } from 'vitest';
import { alignTranslations } from '../../../../src/domain/pipeline/text/align-translations';
import { diffSentences } from '../../../../src/domain/pipeline/text/diff-sentences';
import { segmentSentences } from '../../../../src/domain/pipeline/text/sentences';

describe('diffSentences', () => {
  it('finds a deleted sentence and nothing else', () => {
    expect(diffSentences(['أ.', 'ب.', 'ج.', 'د.'], ['أ.', 'ج.', 'د.'])).toEqual([
      { beforeStart: 1, afterStart: 1, removed: ['ب.'], added: [] },
    ]);
  });
  it('finds a changed sentence and an added one', () => {
    expect(diffSentences(['أ.', 'ب.', 'ج.'], ['أ.', 'ب!', 'ج.', 'د.'])).toEqual([
      { beforeStart: 1, afterStart: 1, removed: ['ب.'], added: ['ب!'] },
      { beforeStart: 3, afterStart: 3, removed: [], added: ['د.'] },
    ]);
  });
  it('finds nothing when the lists are the same', () => {
    expect(diffSentences(['أ.', 'ب.'], ['أ.', 'ب.'])).toEqual([]);
  });
});

describe('alignTranslations after a change in the source', () => {
  const recorded = ['وصل الوزير.', 'واستقبله نظيره.', 'وعقدا اجتماعاً.', 'ثم غادر.'];
  const translations = recorded.map((ar, i) => ({ ar, en: `s${i + 1}` }));
  const align = (text: string) => alignTranslations(text, segmentSentences(text), translations);

  it('lines up every sentence when nothing changed', () => {
    const r = align(recorded.join('\n'));
    expect(r.problems).toEqual([]);
    expect(r.sentences.map((s) => s.en)).toEqual(['s1', 's2', 's3', 's4']);
  });
  it('reports a deleted sentence once, with a diff, and the shifted ones as a consequence', () => {
    const r = align(['وصل الوزير.', 'وعقدا اجتماعاً.', 'ثم غادر.'].join('\n'));
    expect(r.problems).toEqual([
      {
        path: '[1]',
        message:
          'sentence 2 of the translations is no longer in the text (deleted from the source, between sentences 1 and 2 of the text now):\n      − «واستقبله نظيره.»',
      },
      {
        path: '[2]',
        message:
          '2 translation(s) (3–4) no longer line up with their sentences, because of the change above',
        consequence: true,
      },
    ]);
    expect(r.removed).toEqual(['واستقبله نظيره.']);
  });
  it('reports a changed sentence with both versions and no consequence', () => {
    const r = align(
      ['وصل الوزير.', 'واستقبله نظيره التركي.', 'وعقدا اجتماعاً.', 'ثم غادر.'].join('\n'),
    );
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.message).toContain(
      '− «واستقبله نظيره.»\n      + «واستقبله نظيره التركي.»',
    );
  });
});
