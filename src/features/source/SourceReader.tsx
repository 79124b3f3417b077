import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus-index';
import type { CorpusDocument, CorpusEvent, Mention } from '../../domain/schema';
import type { Language } from '../../i18n/i18n';
import { DocumentPicker } from './DocumentPicker';
import { overlaps } from './overlaps';
import { SourceHeader } from './SourceHeader';
import { sourceRows } from './source-rows';
import { SourceRowView } from './SourceRowView';
import { useEvidenceFocus } from './useEvidenceFocus';
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
 *
 * For keyboard and screen-reader users: each sentence with evidence is a labelled region in the
 * Tab order; a polite status says which event's evidence is marked (it is always present, so
 * every selection is announced), with a button that moves focus to the first marked passage;
 * "Show in source" in the event detail does the same (requestEvidenceFocus).
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
  /** The documents the selected event's evidence comes from: offered first by the picker. */
  const eventDocuments = useMemo(() => {
    const ids = new Set(selectedEvent?.evidence.map((span) => span.document));
    return [...ids]
      .map((id) => index.documentsById.get(id))
      .filter((d): d is CorpusDocument => d !== undefined);
  }, [selectedEvent, index]);
  const evidence = useMemo(
    () => selectedEvent?.evidence.filter((s) => s.document === documentId) ?? [],
    [selectedEvent, documentId],
  );
  const highlighted = useMemo(() => new Set(highlightedEntities), [highlightedEntities]);
  /** The label of each sentence with evidence ("Evidence 1 of 3 for …"), by row start. */
  const evidenceLabels = useMemo(() => {
    const rows = paragraphs.flat().filter((row) => evidence.some((span) => overlaps(span, row)));
    const title = selectedEvent?.title[lang] ?? '';
    return new Map(
      rows.map((row, i) => [
        row.start,
        t('evidencePassage', { n: i + 1, total: rows.length, title }),
      ]),
    );
  }, [paragraphs, evidence, selectedEvent, lang, t]);
  useScrollToEvidence(body, documentId, selectedEvent?.id ?? null);
  const focusEvidence = useEvidenceFocus(
    body,
    documentId,
    `${selectedEvent?.id ?? ''}:${String(evidence.length)}`,
  );

  return (
    <section className="source-reader" aria-labelledby={headingId} data-document={documentId}>
      <DocumentPicker
        documents={index.corpus.documents}
        value={documentId}
        lang={lang}
        first={eventDocuments}
        onChange={onSelectDocument}
      />
      {doc ? (
        <>
          <SourceHeader doc={doc} lang={lang} headingId={headingId} />
          <div className="source-reader__notice-box">
            {/* Always rendered, so that a screen reader announces every change. */}
            <p className="source-reader__notice" role="status">
              {selectedEvent
                ? t(evidence.length > 0 ? 'selectedEvidence' : 'noEvidenceHere', {
                    title: selectedEvent.title[lang],
                  })
                : null}
            </p>
            {evidence.length > 0 ? (
              <button type="button" className="source-reader__jump" onClick={() => focusEvidence()}>
                {t('goToEvidence')}
              </button>
            ) : null}
          </div>
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
                    evidenceLabel={evidenceLabels.get(row.start) ?? null}
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
