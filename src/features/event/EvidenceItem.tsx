import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { Span } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';
import { useDocumentText } from '../../ui/useDocumentTexts';
import { evidenceContext, evidenceTranslation } from './evidence-translation';

interface EvidenceItemProps {
  index: CorpusIndex;
  span: Span;
  lang: Language;
  onShowEvidence(documentId: string): void;
}

/**
 * One span of evidence: the Arabic words exactly, the English of their sentence, the source.
 * "Show in source" opens the document in the reader and moves focus to the marked passage.
 */
export function EvidenceItem({ index, span, lang, onShowEvidence }: EvidenceItemProps) {
  const { t } = useTranslation('event', { lng: lang });
  const sourceId = useId();
  const info = index.documentsById.get(span.document);
  const text = useDocumentText(index.texts, span.document);
  if (!info) {
    return (
      <li className="evidence-item evidence-item--missing">
        {t('evidence.missingDocument', { id: span.document })}
      </li>
    );
  }
  if (text.status !== 'ready') {
    const failed = text.status === 'failed';
    return (
      <li
        className={failed ? 'evidence-item evidence-item--missing' : 'evidence-item'}
        data-document={info.id}
      >
        {/* The status inside the item: a list item may not be a status itself (axe: list). */}
        <span role={failed ? undefined : 'status'}>
          {t(failed ? 'evidence.textFailed' : 'evidence.loadingText', { title: info.title[lang] })}
        </span>
      </li>
    );
  }
  const doc = text.document;
  const english = evidenceTranslation(doc, span);
  // Where the sentence holds more than the evidence, the translation is of the whole sentence:
  // show that sentence, with the evidence marked in it, so the two say the same.
  const context = evidenceContext(doc, span);
  const partial = english !== null && (context.before !== '' || context.after !== '');
  return (
    <li className="evidence-item" data-document={doc.id}>
      <figure className="evidence-item__figure">
        <blockquote className="evidence-item__quote" lang="ar" dir="rtl">
          {partial ? (
            <>
              <span className="evidence-item__context">{context.before}</span>
              <mark className="evidence-item__mark">{context.quote}</mark>
              <span className="evidence-item__context">{context.after}</span>
            </>
          ) : (
            context.quote
          )}
        </blockquote>
        <p className="evidence-item__label">
          {partial ? t('evidence.translationLabelWhole') : t('evidence.translationLabel')}
        </p>
        {english ? (
          <p className="evidence-item__translation" lang="en" dir="ltr">
            {english}
          </p>
        ) : (
          <p className="evidence-item__translation evidence-item__translation--none">
            {t('evidence.noTranslation')}
          </p>
        )}
        <figcaption className="evidence-item__source">
          <cite id={sourceId}>{info.title[lang]}</cite>
          <button
            type="button"
            className="event-detail__action"
            aria-describedby={sourceId}
            onClick={() => {
              onShowEvidence(doc.id);
            }}
          >
            {t('evidence.showInSource')}
          </button>
        </figcaption>
      </figure>
    </li>
  );
}
