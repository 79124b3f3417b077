import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { Mention } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';
import { ArabicText } from './ArabicText';
import { overlaps } from './overlaps';
import { segmentText } from './segment-text';
import type { SourceRow } from './source-rows';

interface SourceRowViewProps {
  text: string;
  row: SourceRow;
  /** The mentions that overlap this row. */
  mentions: readonly Mention[];
  /** The selected event's evidence spans in this document. */
  evidence: readonly { start: number; end: number }[];
  /** For a sentence with evidence: its accessible name ("Evidence 1 of 3 for …"). */
  evidenceLabel?: string | null;
  /** A later piece of a long sentence: its translation is beside the first piece. */
  continued?: boolean;
  index: CorpusIndex;
  lang: Language;
  highlighted: ReadonlySet<string>;
  onSelectEntity(id: string): void;
}

/**
 * One sentence: the Arabic original beside (or, on narrow screens, above) its translation.
 * A sentence with evidence is a labelled region in the Tab order, so that the keyboard reaches
 * the marked passage. Drawn again only when its props change (the reader renders at every
 * scroll step; the rows in view stay as they are).
 */
export const SourceRowView = memo(function SourceRowView({
  text,
  row,
  mentions,
  evidence,
  evidenceLabel = null,
  continued = false,
  index,
  lang,
  highlighted,
  onSelectEntity,
}: SourceRowViewProps) {
  const { t } = useTranslation('source', { lng: lang });
  const isEvidence = evidence.some((span) => overlaps(span, row));
  const segments = segmentText(text, row.start, row.end, mentions, evidence);
  return (
    <div
      className={isEvidence ? 'source-row is-evidence' : 'source-row'}
      data-sentence={row.sentence ?? undefined}
      data-evidence-row={isEvidence ? 'true' : undefined}
      role={isEvidence && evidenceLabel ? 'region' : undefined}
      aria-label={isEvidence && evidenceLabel ? evidenceLabel : undefined}
      tabIndex={isEvidence && evidenceLabel ? 0 : undefined}
    >
      {isEvidence ? (
        <span className="visually-hidden" lang={lang}>
          {t('evidenceRow')}
        </span>
      ) : null}
      <p className="source-row__ar" lang="ar" dir="rtl">
        <ArabicText
          text={text}
          segments={segments}
          index={index}
          lang={lang}
          highlighted={highlighted}
          onSelectEntity={onSelectEntity}
        />
      </p>
      {continued ? (
        <p className="source-row__en source-row__en--continued" aria-hidden="true" />
      ) : row.en !== null ? (
        <p className="source-row__en" lang="en" dir="ltr">
          {row.en}
        </p>
      ) : (
        <p className="source-row__en source-row__en--none" lang={lang}>
          {t('noTranslation')}
        </p>
      )}
    </div>
  );
});
