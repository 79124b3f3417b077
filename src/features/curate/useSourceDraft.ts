import { useEffect, useMemo, useState } from 'react';
import type { DocumentReview } from '../../domain/curate-review';
import { pairTranslations } from '../../domain/pair-translations';
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

  const en = useMemo(() => {
    const own = new Set(current.pairs.map((p) => p.ar));
    const paired = pairTranslations(sentences, current.pairs);
    return sentences.map((ar, i) => (own.has(ar) ? (paired[i] ?? '') : (serverEn[i] ?? '')));
  }, [current.pairs, sentences, serverEn]);

  const metaDirty = JSON.stringify(current.meta) !== JSON.stringify(serverMeta);
  const enDirty = en.some((x, i) => x !== (serverEn[i] ?? ''));
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
    setMeta: (meta: MetaForm) => setState({ ...current, meta }),
    setEnglish: (index: number, value: string) =>
      setState({
        ...current,
        pairs: sentences.map((ar, i) => ({ ar, en: i === index ? value : (en[i] ?? '') })),
      }),
    discard: () =>
      setState({
        document: review.id,
        meta: serverMeta,
        pairs: translationsOf(sentences, serverEn),
        restored: false,
      }),
  };
}
