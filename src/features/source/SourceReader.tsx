import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus-index';
import type { CorpusEvent, Mention } from '../../domain/schema';
import type { Language } from '../../i18n/i18n';
import { DocumentPicker } from './DocumentPicker';
import { overlaps } from './overlaps';
import { SourceHeader } from './SourceHeader';
import { sourceRows } from './source-rows';
import { SourceRowView } from './SourceRowView';
import { useScrollToEvidence } from './useScrollToEvidence';
import './SourceReader.css';

const NONE: Mention[] = [];

interface SourceReaderProps {
  index: CorpusIndex;
  documentId: string;
  /** The interface language. The text is always Arabic, the translation always English. */
  lang: Language;
  /** Its evidence in this document is emphasised and scrolled into view. */
  selectedEvent: CorpusEvent | null;
  /** Actors or places (e.g. the actor filter) whose mentions get a stronger mark. */
  highlightedEntities: string[];
  /** A mention was clicked (an actor or place id). */
  onSelectEntity(id: string): void;
  onSelectDocument(id: string): void;
}

/**
 * A document sentence by sentence: the Arabic original beside its English translation, every
 * mention a button, and the selected event's evidence marked and scrolled into view.
 */
export function SourceReader({
  index,
  documentId,
  lang,
  selectedEvent,
  highlightedEntities,
  onSelectEntity,
  onSelectDocument,
}: SourceReaderProps) {
  const { t } = useTranslation('source', { lng: lang });
  const headingId = useId();
  const body = useRef<HTMLDivElement>(null);
  const doc = index.documentsById.get(documentId);

  const paragraphs = useMemo(() => (doc ? sourceRows(doc) : []), [doc]);
  const mentionsByRow = useMemo(() => {
    const byRow = new Map<number, Mention[]>();
    for (const row of paragraphs.flat()) {
      byRow.set(row.start, doc?.mentions.filter((m) => overlaps(m, row)) ?? []);
    }
    return byRow;
  }, [doc, paragraphs]);
  const evidence = useMemo(
    () => selectedEvent?.evidence.filter((s) => s.document === documentId) ?? [],
    [selectedEvent, documentId],
  );
  const highlighted = useMemo(() => new Set(highlightedEntities), [highlightedEntities]);
  useScrollToEvidence(body, documentId, selectedEvent?.id ?? null);

  return (
    <section className="source-reader" aria-labelledby={headingId} data-document={documentId}>
      <DocumentPicker
        documents={index.corpus.documents}
        value={documentId}
        lang={lang}
        onChange={onSelectDocument}
      />
      {doc ? (
        <>
          <SourceHeader doc={doc} lang={lang} headingId={headingId} />
          {selectedEvent ? (
            <p className="source-reader__notice" role="status">
              {t(evidence.length > 0 ? 'selectedEvidence' : 'noEvidenceHere', {
                title: selectedEvent.title[lang],
              })}
            </p>
          ) : null}
          <div className="source-reader__columns" aria-hidden="true">
            <span lang={lang}>{t('columns.original')}</span>
            <span lang={lang}>{t('columns.translation')}</span>
          </div>
          <div className="source-reader__body" ref={body}>
            {paragraphs.map((rows) => (
              <div className="source-paragraph" key={rows[0]?.start}>
                {rows.map((row) => (
                  <SourceRowView
                    key={row.start}
                    text={doc.text}
                    row={row}
                    mentions={mentionsByRow.get(row.start) ?? NONE}
                    evidence={evidence}
                    index={index}
                    lang={lang}
                    highlighted={highlighted}
                    onSelectEntity={onSelectEntity}
                  />
                ))}
              </div>
            ))}
          </div>
        </>
      ) : (
        <p id={headingId} className="source-reader__missing" role="alert">
          {t('missingDocument')}
        </p>
      )}
    </section>
  );
}
