// A translation's English follows its sentence by its Arabic, wherever the sentence now is.
import { describe, expect, it } from 'vitest';
import { pairTranslations } from '../../../../src/domain/curation/pair-translations';

describe('pairTranslations', () => {
  it('carries each English over by its Arabic; a new sentence has none', () => {
    const recorded = [
      { ar: 'أ', en: 'A' },
      { ar: 'ب', en: 'B' },
    ];
    expect(pairTranslations(['أ', 'ب'], recorded)).toEqual(['A', 'B']);
    expect(pairTranslations(['ب', 'ج', 'أ'], recorded)).toEqual(['B', '', 'A']);
    expect(pairTranslations(['أ'], null)).toEqual(['']);
  });

  it('pairs a repeated sentence in order, and compares in NFC', () => {
    const recorded = [
      { ar: 'نعم.', en: 'Yes (1).' },
      { ar: 'نعم.', en: 'Yes (2).' },
      { ar: 'أ'.normalize('NFD'), en: 'Alef' },
    ];
    expect(pairTranslations(['نعم.', 'أ', 'نعم.', 'نعم.'], recorded)).toEqual([
      'Yes (1).',
      'Alef',
      'Yes (2).',
      '',
    ]);
  });
});
