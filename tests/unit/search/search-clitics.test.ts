import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../../src/domain/text/arabic';
import { cliticForms } from '../../../src/domain/search/clitics';

const terms = (word: string) => cliticForms(normalizeArabic(word)).map((f) => f.term);

describe('cliticForms', () => {
  it('strips a conjunction, a preposition and the article', () => {
    expect(terms('والنمروش')).toEqual(expect.arrayContaining(['النمروش', 'نمروش']));
    expect(terms('بطرابلس')).toEqual(['طرابلس']);
    expect(terms('فالوفاق')).toEqual(expect.arrayContaining(['الوفاق', 'وفاق']));
  });

  it('reads لل as ل + ال and keeps the article form at the لل', () => {
    const forms = cliticForms(normalizeArabic('للنمروش'));
    expect(forms).toEqual(
      expect.arrayContaining([
        { term: 'النمروش', at: 0 },
        { term: 'نمروش', at: 2 },
      ]),
    );
  });

  it('leaves short stems, Latin words and the word itself out', () => {
    expect(terms('بحر')).toEqual([]);
    expect(terms('Tripoli')).toEqual([]);
    expect(terms('طرابلس')).toEqual([]);
  });
});
