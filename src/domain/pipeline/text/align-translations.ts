/**
 * Pairing a document's sentences with their curated English translations.
 * The translation file lists each sentence's Arabic exactly as the pipeline segments it,
 * so a change in the text or in the segmentation is caught, not silently misaligned.
 *
 * When they differ, the two lists of Arabic sentences are diffed: each changed, deleted or
 * added sentence is reported once, as a root cause with its diff (− as recorded, + as the text
 * has it now); translations that only moved because of it are reported as consequences.
 */
import { diffSentences, type SentenceHunk } from './diff-sentences';
import type { Problem } from '../../corpus/problem';
import type { SentenceSpan } from './sentences';
import type { Sentence } from '../../corpus/schema';

type AlignProblem = Omit<Problem, 'file'>;

const diffLines = (h: SentenceHunk) =>
  [...h.removed.map((s) => `\n      − «${s}»`), ...h.added.map((s) => `\n      + «${s}»`)].join('');

function describeHunk(h: SentenceHunk): AlignProblem {
  const r = h.removed.length;
  const a = h.added.length;
  if (r === 1 && a === 1)
    return {
      path: `[${h.beforeStart}].ar`,
      message: `does not match sentence ${h.afterStart + 1} of the text: expected «${h.added[0]}», found «${h.removed[0]}»; the sentence changed:${diffLines(h)}`,
    };
  if (r === 0 && a === 1)
    return {
      path: `[${h.beforeStart}]`,
      message: `missing translation for sentence ${h.afterStart + 1}: «${h.added[0]}»`,
    };
  if (a === 0)
    return {
      path: `[${h.beforeStart}]`,
      message: `${r === 1 ? `sentence ${h.beforeStart + 1} of the translations is` : `sentences ${h.beforeStart + 1}–${h.beforeStart + r} of the translations are`} no longer in the text (deleted from the source, between sentences ${h.afterStart} and ${h.afterStart + 1} of the text now):${diffLines(h)}`,
    };
  return {
    path: `[${h.beforeStart}]`,
    message: `sentences ${h.beforeStart + 1}–${h.beforeStart + r} of the translations became sentences ${h.afterStart + 1}–${h.afterStart + a} of the text:${diffLines(h)}`,
  };
}

export function alignTranslations(
  text: string,
  spans: readonly SentenceSpan[],
  translations: readonly { ar: string; en: string }[],
): { sentences: Sentence[]; problems: AlignProblem[]; removed: string[] } {
  const now = spans.map((s) => text.slice(s.start, s.end));
  const recorded = translations.map((t) => t.ar.normalize('NFC'));
  const same = now.length === recorded.length && now.every((s, i) => s === recorded[i]);
  if (same)
    return {
      sentences: spans.map((s, i) => ({
        start: s.start,
        end: s.end,
        en: (translations[i] as { en: string }).en,
      })),
      problems: [],
      removed: [],
    };
  const hunks = diffSentences(recorded, now);
  const problems = hunks.map(describeHunk);
  // Translations outside every hunk that now sit at another position: they moved only
  // because of the hunks before them.
  const moved = recorded
    .map((_, i) => i)
    .filter((i) => {
      if (hunks.some((x) => i >= x.beforeStart && i < x.beforeStart + x.removed.length))
        return false;
      const shift = hunks
        .filter((x) => x.beforeStart + x.removed.length <= i)
        .reduce((sum, x) => sum + x.added.length - x.removed.length, 0);
      return shift !== 0;
    });
  if (moved.length > 0) {
    const first = moved[0] as number;
    const last = moved[moved.length - 1] as number;
    problems.push({
      path: `[${first}]`,
      message: `${moved.length} translation(s) (${first + 1}–${last + 1}) no longer line up with their sentences, because of the change above`,
      consequence: true,
    });
  }
  return {
    sentences: [],
    problems,
    removed: hunks.flatMap((x) => x.removed),
  };
}
