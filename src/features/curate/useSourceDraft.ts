import { useEffect, useMemo, useState } from 'react';
import type { DocumentReview } from '../../domain/curation/curate-review';
import { pairTranslations } from '../../domain/curation/pair-translations';
import { loadSourceDraft, saveSourceDraft } from './source-draft-storage';
import { metaFormOf, sentencesOf, translationsOf, type MetaForm } from './source-form';

const clearTodo = (s: string) => (/^\s*TODO\b/.test(s) ? '' : s);

interface State {
  document: string;
  meta: MetaForm;
  /** The English the curator has written, by the Arabic of its sentence. */
  pairs: { ar: string; en: string }[];
  /** Whether unsaved edits of an earlier session were brought back from this browser. */
  restored: boolean;
}

function initial(review: DocumentReview, serverMeta: MetaForm, serverEn: string[]): State {
  const stored = loadSourceDraft(review.id);
  const sentences = sentencesOf(review);
  return {
    document: review.id,
    meta: stored?.meta ?? serverMeta,
    pairs: stored?.translations ?? translationsOf(sentences, serverEn),
    restored: stored !== null,
  };
}

/** The English of each sentence: the curator's where they wrote one, else what is on disk. */
function englishOf(
  sentences: readonly string[],
  pairs: State['pairs'],
  serverEn: readonly string[],
): string[] {
  const own = new Set(pairs.map((p) => p.ar));
  const paired = pairTranslations(sentences, pairs);
  return sentences.map((ar, i) => (own.has(ar) ? (paired[i] ?? '') : (serverEn[i] ?? '')));
}

/**
 * The meta and translation forms of the review's document: what is on disk, with the unsaved
 * edits of this browser over it (kept in localStorage at every change until the files on disk
 * say the same). The English follows each sentence by its Arabic, so a debris line dropped from
 * the meta moves it with its sentence.
 */
export function useSourceDraft(review: DocumentReview) {
  const sentences = useMemo(() => sentencesOf(review), [review]);
  const serverMeta = useMemo(() => metaFormOf(review.source.meta), [review.source.meta]);
  const serverEn = useMemo(() => review.source.en.map(clearTodo), [review.source.en]);
  const [state, setState] = useState(() => initial(review, serverMeta, serverEn));
  const current = state.document === review.id ? state : initial(review, serverMeta, serverEn);
  if (current !== state) setState(current);

  const en = useMemo(
    () => englishOf(sentences, current.pairs, serverEn),
    [sentences, current.pairs, serverEn],
  );
  const metaDirty = JSON.stringify(current.meta) !== JSON.stringify(serverMeta);
  const enDirty = en.some((x, i) => x !== (serverEn[i] ?? ''));

  /** What this browser keeps of a state: the parts that differ from the files on disk. */
  const draftOf = (next: State) => {
    const nextEn = englishOf(sentences, next.pairs, serverEn);
    return {
      ...(JSON.stringify(next.meta) !== JSON.stringify(serverMeta) ? { meta: next.meta } : {}),
      ...(nextEn.some((x, i) => x !== (serverEn[i] ?? ''))
        ? { translations: translationsOf(sentences, nextEn) }
        : {}),
    };
  };
  // Kept in the change itself, so a tab closed right after a keystroke loses nothing.
  const keep = (next: State) => {
    saveSourceDraft(next.document, draftOf(next));
    setState(next);
  };
  // And again when the files on disk change (a save): what they now say is no longer kept.
  useEffect(() => {
    saveSourceDraft(current.document, {
      ...(metaDirty ? { meta: current.meta } : {}),
      ...(enDirty ? { translations: translationsOf(sentences, en) } : {}),
    });
  }, [current.document, current.meta, metaDirty, enDirty, sentences, en]);

  return {
    sentences,
    meta: current.meta,
    en,
    metaDirty,
    enDirty,
    restored: current.restored && (metaDirty || enDirty),
    setMeta: (meta: MetaForm) => keep({ ...current, meta }),
    setEnglish: (index: number, value: string) =>
      keep({
        ...current,
        pairs: sentences.map((ar, i) => ({ ar, en: i === index ? value : (en[i] ?? '') })),
      }),
    discard: () =>
      keep({
        document: review.id,
        meta: serverMeta,
        pairs: translationsOf(sentences, serverEn),
        restored: false,
      }),
  };
}
