import { describe, expect, it } from 'vitest';
import { normalizeArabic, tokenize } from '../../../../src/domain/text/arabic';

describe('normalizeArabic', () => {
  it('folds hamza and alef forms', () => {
    expect(normalizeArabic('أكار')).toBe(normalizeArabic('آكار'));
    expect(normalizeArabic('إسطنبول')).toBe(normalizeArabic('اسطنبول'));
    expect(normalizeArabic('ٱلله')).toBe('الله');
  });
  it('folds ta marbuta and alef maqsura', () => {
    expect(normalizeArabic('ترهونة')).toBe('ترهونه');
    expect(normalizeArabic('على')).toBe('علي');
  });
  it('drops tatweel and diacritics', () => {
    expect(normalizeArabic('لـحكومة')).toBe('لحكومه');
    expect(normalizeArabic('أكّد')).toBe('اكد');
    expect(normalizeArabic('توجّه')).toBe('توجه');
  });
  it('folds Arabic-Indic digits and Latin case', () => {
    expect(normalizeArabic('٢٠١٩')).toBe('2019');
    expect(normalizeArabic('GNA')).toBe('gna');
  });
});

describe('tokenize', () => {
  it('maps each token back to the original offsets, through dropped marks', () => {
    const text = 'قال لـحكومة أكّد';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['قال', 'لحكومه', 'اكد']);
    const second = tokens[1]!;
    expect(text.slice(second.start, second.end)).toBe('لـحكومة');
    expect(second.offsets[1]).toBe(text.indexOf('ح'));
  });
  it('splits on punctuation and quotes', () => {
    expect(tokenize('“الوفاق”، ضد').map((t) => t.norm)).toEqual(['الوفاق', 'ضد']);
  });
});
