import { describe, expect, it } from 'vitest';
import { joinsAcross } from '../../../src/features/source/arabic-joining';

describe('joinsAcross', () => {
  it('is true between a clitic and the word it is written onto', () => {
    expect(joinsAcross('بإسطنبول', 1)).toBe(true); // ب + إ
    expect(joinsAcross('بحكومة', 1)).toBe(true); // ب + ح
    expect(joinsAcross('للأمم', 1)).toBe(true); // ل + ل
    expect(joinsAcross('لـحكومة', 2)).toBe(true); // tatweel + ح
    expect(joinsAcross('الوفاقضد', 6)).toBe(true); // ق + ض (words run together)
  });

  it('is false after letters that never join the next one, and at spaces', () => {
    expect(joinsAcross('وأكار', 1)).toBe(false); // و joins only backwards
    expect(joinsAcross('دار', 1)).toBe(false);
    expect(joinsAcross('في طرابلس', 3)).toBe(false);
    expect(joinsAcross('"ليبيا', 1)).toBe(false);
    expect(joinsAcross('بء', 1)).toBe(false); // hamza does not join
  });

  it('is false at the ends of the text', () => {
    expect(joinsAcross('بطرابلس', 0)).toBe(false);
    expect(joinsAcross('بطرابلس', 7)).toBe(false);
  });

  it('looks through diacritics', () => {
    expect(joinsAcross('بّطرابلس', 2)).toBe(true); // ب shadda | ط
    expect(joinsAcross('وّطرابلس', 2)).toBe(false);
  });
});
