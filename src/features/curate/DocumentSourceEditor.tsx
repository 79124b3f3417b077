import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentReview, SourceFile } from '../../domain/curation/curate-review';
import type { Language } from '../../i18n/i18n';
import type { CurateFailure } from './curate-api';
import type { FormProblem } from './curate-form';
import { CurateFailureMessage } from './CurateFailureMessage';
import { DocumentMetaForm } from './DocumentMetaForm';
import { FormProblems } from './FormProblems';
import {
  metaFormOf,
  metaFormProblems,
  metaOf,
  sourceFiles,
  translationProblems,
  translationsOf,
  untranslated,
} from './source-form';
import { SourceProblems } from './SourceProblems';
import { TranslationEditor } from './TranslationEditor';
import { useSourceDraft } from './useSourceDraft';

/** Saves a document's meta or translation; the refusal when it was not saved, else null. */
export type SaveSource = (file: SourceFile, value: unknown) => Promise<CurateFailure | null>;

/**
 * A document's own files, edited on the page: its meta and its translation, each saved by the
 * curate server once preprocess would accept it; unsaved edits are kept in this browser.
 */
export function DocumentSourceEditor({
  review,
  lang,
  busy,
  onSave,
  onReload,
}: {
  review: DocumentReview;
  lang: Language;
  busy: boolean;
  onSave: SaveSource;
  onReload: () => void;
}) {
  const { t } = useTranslation('curate', { lng: lang });
  const draft = useSourceDraft(review);
  const files = sourceFiles(review.id);
  const pending = (file: SourceFile) => review.problems.some((p) => p.file === files[file]);
  // Work is left where preprocess rejects a file, or it still has ingest's TODOs or gaps.
  const incomplete = {
    meta: pending('meta') || metaFormProblems(metaFormOf(review.source.meta)).length > 0,
    translations: pending('translations') || untranslated(review.source.en).length > 0,
  };
  const [open, setOpen] = useState(() => incomplete);
  const [formProblems, setFormProblems] = useState<Record<SourceFile, FormProblem[]>>({
    meta: [],
    translations: [],
  });
  const [failure, setFailure] = useState<{ file: SourceFile; failure: CurateFailure } | null>(null);
  const separator = lang === 'ar' ? '، ' : ', ';

  const save = async (file: SourceFile) => {
    const found =
      file === 'meta' ? metaFormProblems(draft.meta) : translationProblems(draft.en, separator);
    setFormProblems((p) => ({ ...p, [file]: found }));
    setFailure(null);
    if (found.length > 0) return;
    const value =
      file === 'meta'
        ? metaOf(draft.meta, review.source.meta)
        : translationsOf(draft.sentences, draft.en);
    const refused = await onSave(file, value);
    if (refused) setFailure({ file, failure: refused });
  };

  const problemsOf = (file: SourceFile) => (
    <>
      <FormProblems problems={formProblems[file]} lang={lang} intro="source.fixFirst" />
      {failure?.file === file ? (
        failure.failure.reason === 'invalid' ? (
          <SourceProblems file={file} problems={failure.failure.problems} lang={lang} />
        ) : (
          <CurateFailureMessage failure={failure.failure} lang={lang} onReload={onReload} />
        )
      ) : null}
    </>
  );
  const missing = untranslated(draft.en).length;
  const state = (file: SourceFile, dirty: boolean) =>
    t(dirty ? 'source.unsaved' : incomplete[file] ? 'source.incomplete' : 'source.saved');

  return (
    <section className="curate-source" aria-labelledby="curate-source">
      <h2 id="curate-source" className="curate__section-heading">
        {t('source.heading')}
      </h2>
      {draft.restored ? (
        <p className="curate-source__restored">
          {t('source.restored')}{' '}
          <button
            type="button"
            className="curate__button curate__button--quiet"
            onClick={draft.discard}
          >
            {t('source.discard')}
          </button>
        </p>
      ) : null}
      <details
        className="curate-source__part"
        open={open.meta}
        onToggle={(e) => {
          const next = e.currentTarget.open;
          setOpen((o) => (o.meta === next ? o : { ...o, meta: next }));
        }}
      >
        <summary>
          {t('source.metaHeading')}{' '}
          <span className="curate-source__state">({state('meta', draft.metaDirty)})</span>
        </summary>
        <DocumentMetaForm
          form={draft.meta}
          lang={lang}
          busy={busy}
          onChange={(next) => {
            draft.setMeta(next);
            if (formProblems.meta.length > 0)
              setFormProblems((p) => ({ ...p, meta: metaFormProblems(next) }));
          }}
          onSave={() => void save('meta')}
          problems={problemsOf('meta')}
        />
      </details>
      <details
        className="curate-source__part"
        open={open.translations}
        onToggle={(e) => {
          const next = e.currentTarget.open;
          setOpen((o) => (o.translations === next ? o : { ...o, translations: next }));
        }}
      >
        <summary>
          {t('source.translationHeading', {
            count: draft.sentences.length,
            done: draft.sentences.length - missing,
          })}{' '}
          <span className="curate-source__state">({state('translations', draft.enDirty)})</span>
        </summary>
        <TranslationEditor
          sentences={draft.sentences}
          en={draft.en}
          lang={lang}
          busy={busy}
          onChange={(i, value) => {
            draft.setEnglish(i, value);
          }}
          onSave={() => void save('translations')}
          problems={problemsOf('translations')}
        />
      </details>
    </section>
  );
}
