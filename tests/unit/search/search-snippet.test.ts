import { describe, expect, it } from 'vitest';
import { searchSnippet } from '../../../src/domain/search/snippet';

describe('searchSnippet', () => {
  it('keeps a short text whole', () => {
    const s = searchSnippet('Akar in Tripoli', [{ start: 8, end: 15 }], 40);
    expect(s).toEqual({
      text: 'Akar in Tripoli',
      ranges: [{ start: 8, end: 15 }],
      clippedStart: false,
      clippedEnd: false,
    });
  });

  it('cuts a long text at spaces around the first match and moves the ranges', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
    words[30] = 'Tripoli';
    const text = words.join(' ');
    const start = text.indexOf('Tripoli');
    const s = searchSnippet(text, [{ start, end: start + 7 }], 50);
    expect(s.text.length).toBeLessThanOrEqual(50);
    expect(s.clippedStart && s.clippedEnd).toBe(true);
    expect(s.text.slice(s.ranges[0]!.start, s.ranges[0]!.end)).toBe('Tripoli');
    expect(s.text.startsWith('w')).toBe(true);
    expect(s.text.endsWith(' ')).toBe(false);
  });

  it('drops ranges outside the window and clips those across its edges', () => {
    const text = 'a'.repeat(100) + ' ' + 'b'.repeat(100);
    const s = searchSnippet(
      text,
      [
        { start: 95, end: 110 },
        { start: 190, end: 200 },
      ],
      40,
    );
    expect(s.ranges.every((r) => r.start >= 0 && r.end <= s.text.length && r.start < r.end)).toBe(
      true,
    );
  });
});
