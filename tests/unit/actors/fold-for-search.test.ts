import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../src/features/actors/fold-for-search';

describe('foldForSearch', () => {
  it('folds Arabic hamza forms and diacritics', () => {
    expect(foldForSearch('أكّار')).toBe(foldForSearch('اكار'));
    expect(foldForSearch('آكار')).toBe(foldForSearch('أكار'));
  });

  it('lower-cases Latin and drops accents', () => {
    expect(foldForSearch('Yaşar Güler')).toBe('yasar guler');
    expect(foldForSearch('Çavuşoğlu')).toBe('cavusoglu');
    expect(foldForSearch('Kılıç')).toBe('kilic');
  });

  it('reads punctuation as a space', () => {
    expect(foldForSearch('  al-Namroush ')).toBe('al namroush');
  });
});
