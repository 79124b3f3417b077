import { describe, expect, it } from 'vitest';
import {
  evidenceContext,
  evidenceTranslation,
} from '../../../src/features/event/evidence-translation';
import { find, TRIPOLI_SENTENCES, tripoliDoc } from '../source/fixture';

describe('evidenceTranslation', () => {
  it('gives the English of the sentence that contains the span', () => {
    const span = find(tripoliDoc.text, 'يوم الجمعة');
    expect(evidenceTranslation(tripoliDoc, span)).toBe(TRIPOLI_SENTENCES[4]?.[1]);
  });

  it('gives every sentence a span runs across, in text order', () => {
    const start = find(tripoliDoc.text, 'مطار معيتيقة').start;
    const end = find(tripoliDoc.text, 'صلاح النمروش', 2).end;
    expect(evidenceTranslation(tripoliDoc, { start, end })).toBe(
      `${TRIPOLI_SENTENCES[4]?.[1]} ${TRIPOLI_SENTENCES[5]?.[1]}`,
    );
  });

  it('includes a sentence that starts exactly where the span starts, not one that ends there', () => {
    const second = tripoliDoc.sentences[1];
    if (!second) throw new Error('fixture');
    expect(evidenceTranslation(tripoliDoc, { start: second.start, end: second.start + 3 })).toBe(
      second.en,
    );
    expect(evidenceTranslation(tripoliDoc, { start: second.end, end: second.end + 1 })).toBeNull();
  });

  it('is null where no sentence covers the span', () => {
    expect(evidenceTranslation({ sentences: [] }, { start: 0, end: 5 })).toBeNull();
  });
});

describe('evidenceContext', () => {
  const doc = {
    text: 'جملة أولى. وزار أكار طرابلس يوم الجمعة، وجرى استقباله. جملة ثالثة.',
    sentences: [
      { start: 0, end: 10, en: 'First sentence.' },
      { start: 11, end: 54, en: 'Akar visited Tripoli on Friday, and was received.' },
      { start: 55, end: 66, en: 'Third sentence.' },
    ],
  };
  it('cuts the sentence around the evidence', () => {
    const start = doc.text.indexOf('أكار');
    const end = doc.text.indexOf('،');
    const context = evidenceContext(doc, { start, end });
    expect(context.quote).toBe('أكار طرابلس يوم الجمعة');
    expect(context.before).toBe('وزار ');
    expect(context.after).toBe('، وجرى استقباله.');
  });
  it('has no context when the evidence is the whole sentence', () => {
    const context = evidenceContext(doc, { start: 0, end: 10 });
    expect(context).toEqual({ before: '', quote: 'جملة أولى.', after: '' });
  });
});
