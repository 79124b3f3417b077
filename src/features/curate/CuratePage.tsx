import '../source/SourceReader.css';
import './CuratePage.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  DecisionRequest,
  DocumentReview,
  ReviewIndex,
} from '../../domain/curation/curate-review';
import type { Language } from '../../i18n/i18n';
import { preferredLanguage, setLanguage } from '../../i18n/set-language';
import {
  fetchReview,
  fetchReviews,
  sendDecision,
  sendSourceEdit,
  type CurateFailure,
} from './curate-api';
import { CurateFailureMessage } from './CurateFailureMessage';
import { DocumentSourceEditor, type SaveSource } from './DocumentSourceEditor';
import { DocumentText, type Highlight } from './DocumentText';
import { DraftList } from './DraftList';
import { loadCurateLocales } from './load-curate-locales';
import { isSourceFile } from './source-form';
import { readCurateUrl, writeCurateUrl } from './curate-url';

loadCurateLocales();

/**
 * The curator's review of ingest's drafts (served only by `npm run curate`): a document's text
 * beside its drafts; each is accepted (edited), merged into an existing event or rejected, and
 * every decision is saved at once by the local server, which checks it as preprocess would.
 */
export function CuratePage() {
  const [url, setUrl] = useState(() => readCurateUrl(window.location.search));
  const lang: Language = url.lang ?? preferredLanguage(navigator.languages);
  const { t } = useTranslation('curate', { lng: lang });
  const [index, setIndex] = useState<ReviewIndex | null>(null);
  const [review, setReview] = useState<DocumentReview | null>(null);
  const [failure, setFailure] = useState<CurateFailure | null>(null);
  const [saved, setSaved] = useState('');
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => setLanguage(lang), [lang]);
  useEffect(() => {
    const back = () => setUrl(readCurateUrl(window.location.search));
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, []);
  useEffect(() => {
    document.title = t('pageTitle');
  }, [t]);

  const go = useCallback((next: Partial<typeof url>) => {
    setUrl((u) => {
      const merged = { ...u, ...next };
      writeCurateUrl(merged);
      return merged;
    });
  }, []);

  useEffect(() => {
    void fetchReviews().then((r) => {
      if (r.ok) setIndex(r.value);
      else setFailure(r.failure);
    });
  }, []);
  const doc = url.doc ?? index?.documents[0]?.id ?? null;

  const load = useCallback(() => {
    if (doc === null) return;
    void fetchReview(doc).then((r) => {
      if (r.ok) {
        setReview(r.value);
        setFailure(null);
      } else setFailure(r.failure);
    });
  }, [doc]);
  useEffect(load, [load]);

  const decide = async (request: Omit<DecisionRequest, 'revision'>): Promise<boolean> => {
    if (!review) return false;
    setBusy(true);
    setSaved('');
    const r = await sendDecision(review.id, { ...request, revision: review.revision });
    setBusy(false);
    if (r.ok) {
      setReview(r.value);
      setFailure(null);
      setSaved(t(`saved.${request.action}`));
      return true;
    }
    setFailure(r.failure);
    return false;
  };

  const saveSource: SaveSource = async (file, value) => {
    if (!review) return { reason: 'offline' };
    setBusy(true);
    setSaved('');
    const r = await sendSourceEdit(review.id, { revision: review.revision, file, value });
    setBusy(false);
    if (!r.ok) return r.failure;
    setReview(r.value);
    setFailure(null);
    setSaved(t(`saved.${file}`));
    return null;
  };

  const decided = review ? Object.keys(review.decisions).length : 0;
  const total = review ? review.events.length + review.actors.length + review.places.length : 0;

  return (
    <div className="curate" lang={lang}>
      <header className="curate__header">
        <h1 ref={heading} className="curate__title">
          {t('heading')}
        </h1>
        {index && index.documents.length > 0 ? (
          <label className="curate__doc">
            <span>{t('document')}</span>
            <select value={doc ?? ''} onChange={(e) => go({ doc: e.target.value })}>
              {index.documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {t('documentOption', { id: d.id, count: d.drafts })}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button
          type="button"
          className="curate__button"
          onClick={() => go({ lang: lang === 'ar' ? 'en' : 'ar' })}
        >
          <span lang={lang === 'ar' ? 'en' : 'ar'}>{t('otherLanguage')}</span>
        </button>
      </header>
      <main className="curate__main" aria-busy={busy}>
        <p role="status" className="curate__status">
          {review ? t('progress', { decided, count: total }) : ''} {saved}
        </p>
        {failure ? <CurateFailureMessage failure={failure} lang={lang} onReload={load} /> : null}
        {index && index.documents.length === 0 ? <p>{t('noDrafts')}</p> : null}
        {review ? (
          <>
            {review.damaged.map((d) => (
              <p key={d.file} className="curate__alert" role="alert">
                {t('damaged', { file: d.file })}{' '}
                <bdi lang="en" dir="ltr">
                  {d.message}
                </bdi>
              </p>
            ))}
            {/* The document's own files are shown, field by field, in the editor of them. */}
            {review.problems.some((p) => isSourceFile(review.id, p.file)) ? (
              <p className="curate__alert" role="alert">
                {t('source.baseline')}
              </p>
            ) : null}
            {review.problems.some((p) => !isSourceFile(review.id, p.file)) ? (
              <CurateFailureMessage
                failure={{
                  reason: 'invalid',
                  problems: review.problems.filter((p) => !isSourceFile(review.id, p.file)),
                }}
                lang={lang}
                baseline
              />
            ) : null}
            <div className="curate__columns">
              <DraftList
                review={review}
                lang={lang}
                busy={busy}
                onDecide={decide}
                onHighlight={setHighlight}
                before={
                  <DocumentSourceEditor
                    key={review.id}
                    review={review}
                    lang={lang}
                    busy={busy}
                    onSave={saveSource}
                    onReload={load}
                  />
                }
              />
              <DocumentText review={review} highlight={highlight} lang={lang} />
            </div>
          </>
        ) : null}
      </main>
    </div>
  );
}
