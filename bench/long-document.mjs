// The long-document corpora of issue 14, item 1: the bundled corpus with
// 'كلمة النمروش هنا. ' repeated `repeat` times at the end of its first document (100,000 times
// is 1.8 million characters, 3.3 MB of UTF-8), and an event whose only evidence is the last
// repetition, so that opening it must scroll the reader to the very end of the document.
import { readFileSync } from 'node:fs';

export const PHRASE = 'كلمة النمروش هنا. ';
const NAME = 'النمروش';
export const FAR_EVENT = 'bench-far-evidence';

/**
 * `annotated`: every repetition is also a sentence (with an English translation) and holds a
 * mention of al-Namroush, the heaviest case (100,000 sentences and mentions); otherwise the
 * text alone grows, as in the reproduction.
 */
export function longDocumentCorpus(repeat, { annotated }) {
  const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8'));
  const doc = corpus.documents[0];
  const base = doc.text.length + 1;
  doc.text = `${doc.text}\n${PHRASE.repeat(repeat)}`.trimEnd();
  const at = (i) => base + i * PHRASE.length;
  const sentenceEnd = PHRASE.trimEnd().length;
  const nameAt = PHRASE.indexOf(NAME);
  if (annotated) {
    for (let i = 0; i < repeat; i++) {
      doc.sentences.push({ start: at(i), end: at(i) + sentenceEnd, en: 'Word al-Namroush here.' });
      doc.mentions.push({ entity: 'namroush', start: at(i) + nameAt, end: at(i) + nameAt + 7 });
    }
  }
  // The earliest event, copied, with its evidence moved to the last repetition: it is the first
  // row of the list, and its evidence is 3.3 MB into the document.
  const first = [...corpus.events].sort((a, b) =>
    a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0,
  )[0];
  const last = at(repeat - 1);
  corpus.events.push({
    ...structuredClone(first),
    id: FAR_EVENT,
    date: { start: '1990-01-01', end: '1990-01-01', precision: 'day', basis: 'external' },
    evidence: [{ document: doc.id, start: last, end: last + sentenceEnd }],
  });
  if (doc.text.slice(last, last + sentenceEnd) !== PHRASE.trimEnd())
    throw new Error('long-document: the evidence offsets are wrong');
  return { corpus, documentId: doc.id, characters: doc.text.length };
}
