import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { memoPerObject } from '../../domain/corpus/memo-per-object';
import type { CorpusDocument, CorpusEvent } from '../../domain/corpus/schema';
import type { DocumentInfo } from '../../domain/corpus/split-schema';
import type { Language } from '../../i18n/i18n';
import { useDocumentText } from '../../ui/useDocumentTexts';
import { DocumentPicker } from './DocumentPicker';
import { DocumentTextState } from './DocumentTextState';
import { mentionsByRange } from './mentions-by-range';
import { overlaps } from './overlaps';
import { blockOfRow, readerBlocks, type ReaderBlocks } from './reader-blocks';
import { readerRows, rowAtOffset, type ReaderRow } from './reader-rows';
import { SourceHeader } from './SourceHeader';
import { sourceRows } from './source-rows';
import { SourceRowView } from './SourceRowView';
import type { RequestSource } from '../../ui/request-channel';
import { useEvidenceFocus } from './useEvidenceFocus';
import { useReaderWindow } from './useReaderWindow';
import { useScrollToEvidence } from './useScrollToEvidence';
import './SourceReader.css';

/** The indices of the rows in block `b`. */
function rowsOf(blocks: ReaderBlocks, b: number): number[] {
  const out: number[] = [];
  for (let i = blocks.starts[b] ?? 0; i < (blocks.starts[b + 1] ?? 0); i++) out.push(i);
  return out;
}

/**
 * A document's rows and its mentions by position, worked out once per document (and kept while
 * the corpus is): reopening a document of 100,000 sentences costs nothing.
 */
const layoutOf = memoPerObject((doc: CorpusDocument) => {
  const rows = readerRows(doc.text, sourceRows(doc));
  return { rows, blocks: readerBlocks(rows), mentions: mentionsByRange(doc.mentions) };
});
const EMPTY_LAYOUT = { rows: [], blocks: readerBlocks([]), mentions: mentionsByRange([]) };

/** At most this many evidence rows are kept drawn outside the window (Tab order, scrolling). */
const MAX_KEPT_EVIDENCE_ROWS = 50;

interface SourceReaderProps {
  index: CorpusIndex;
  documentId: string;
  /** The interface language. The text is always Arabic, the translation always English. */
  lang: Language;
  /** Its evidence in this document is emphasised and scrolled into view. */
  selectedEvent: CorpusEvent | null;
  /** Actors or places (e.g. the actor filter) whose mentions get a stronger mark. */
  highlightedEntities: readonly string[];
  /** A mention was clicked (an actor or place id). */
  onSelectEntity(id: string): void;
  onSelectDocument(id: string): void;
  /** "Show in source" in the event detail: focus this document's marked evidence. */
  evidenceRequests?: RequestSource<string>;
}

/**
 * A document sentence by sentence: the Arabic original beside its English translation, every
 * mention a button, and the selected event's evidence marked and scrolled into view.
 *
 * For keyboard and screen-reader users: each sentence with evidence is a labelled region in the
 * Tab order; a polite status says which event's evidence is marked (it is always present, so
 * every selection is announced), with a button that moves focus to the first marked passage;
 * "Show in source" in the event detail does the same (`evidenceRequests`).
 *
 * Only the rows in view are drawn (useReaderWindow, by blocks of rows), whatever scrolls the
 * reader, so that a document of megabytes opens at once; the evidence rows are always drawn.
 */
export function SourceReader({
  index,
  documentId,
  lang,
  selectedEvent,
  highlightedEntities,
  onSelectEntity,
  onSelectDocument,
  evidenceRequests,
}: SourceReaderProps) {
  const { t } = useTranslation('source', { lng: lang });
  const headingId = useId();
  const body = useRef<HTMLDivElement>(null);
  const info = index.documentsById.get(documentId);
  const text = useDocumentText(index.texts, documentId);
  const doc = text.status === 'ready' ? text.document : undefined;

  const list = useRef<HTMLDivElement>(null);
  const { rows, blocks, mentions } = useMemo(() => (doc ? layoutOf(doc) : EMPTY_LAYOUT), [doc]);
  /** The documents the selected event's evidence comes from: offered first by the picker. */
  const eventDocuments = useMemo(() => {
    const ids = new Set(selectedEvent?.evidence.map((span) => span.document));
    return [...ids]
      .map((id) => index.documentsById.get(id))
      .filter((d): d is DocumentInfo => d !== undefined);
  }, [selectedEvent, index]);
  const evidence = useMemo(
    () => selectedEvent?.evidence.filter((s) => s.document === documentId) ?? [],
    [selectedEvent, documentId],
  );
  // By content: the caller may pass a new array with the same ids at every render.
  const highlightedKey = highlightedEntities.join('\n');
  const highlighted = useMemo(
    () => new Set(highlightedKey ? highlightedKey.split('\n') : []),
    [highlightedKey],
  );
  /** The rows with evidence, in order (each span's rows found by binary search). */
  const evidenceRows = useMemo(() => {
    const found = new Set<number>();
    for (const span of evidence) {
      for (let i = rowAtOffset(rows, span.start); i < rows.length; i++) {
        const row = rows[i];
        if (!row || !overlaps(span, row)) break;
        found.add(i);
      }
    }
    return [...found].sort((a, b) => a - b);
  }, [rows, evidence]);
  /** The label of each sentence with evidence ("Evidence 1 of 3 for …"), by row start. */
  const evidenceLabels = useMemo(() => {
    const title = selectedEvent?.title[lang] ?? '';
    return new Map(
      evidenceRows.map((row, i) => [
        rows[row]?.start ?? -1,
        t('evidencePassage', { n: i + 1, total: evidenceRows.length, title }),
      ]),
    );
  }, [rows, evidenceRows, selectedEvent, lang, t]);
  /** The blocks that hold them. */
  const kept = useMemo(
    () => [
      ...new Set(evidenceRows.slice(0, MAX_KEPT_EVIDENCE_ROWS).map((r) => blockOfRow(blocks, r))),
    ],
    [evidenceRows, blocks],
  );
  const { virtualizer, margin } = useReaderWindow(list, rows, blocks, kept);
  useScrollToEvidence(body, documentId, selectedEvent?.id ?? null);
  const focusEvidence = useEvidenceFocus(
    body,
    documentId,
    `${selectedEvent?.id ?? ''}:${String(evidence.length)}`,
    evidenceRequests,
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
      {info ? <SourceHeader doc={info} lang={lang} headingId={headingId} /> : null}
      {info && !doc ? (
        <DocumentTextState
          state={text}
          lang={lang}
          onRetry={() => void index.texts.request([documentId])}
        />
      ) : null}
      {info && doc ? (
        <>
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
            <div
              className="source-reader__rows"
              ref={list}
              style={{ blockSize: `${virtualizer.getTotalSize()}px` }}
            >
              {virtualizer.getVirtualItems().map((item) => (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className="source-reader__block"
                  style={{ transform: `translateY(${item.start - margin}px)` }}
                >
                  {rowsOf(blocks, item.index).map((i) => {
                    const row = rows[i] as ReaderRow;
                    return (
                      <div
                        key={row.start}
                        className={
                          row.paragraphStart && i > 0
                            ? 'source-reader__item starts-paragraph'
                            : 'source-reader__item'
                        }
                      >
                        <SourceRowView
                          text={doc.text}
                          row={row}
                          continued={row.continued}
                          mentions={mentions.overlapping(row.start, row.end)}
                          evidence={evidence}
                          evidenceLabel={evidenceLabels.get(row.start) ?? null}
                          index={index}
                          lang={lang}
                          highlighted={highlighted}
                          onSelectEntity={onSelectEntity}
                        />
                      </div>
                    );
                  })}
                </div>
              ))}
            </div>
          </div>
        </>
      ) : null}
      {info ? null : (
        <p id={headingId} className="source-reader__missing" role="alert">
          {t('missingDocument')}
        </p>
      )}
    </section>
  );
}
