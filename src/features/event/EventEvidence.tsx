import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { CorpusEvent } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';
import { EvidenceItem } from './EvidenceItem';

interface EventEvidenceProps {
  index: CorpusIndex;
  event: CorpusEvent;
  lang: Language;
  onShowEvidence(documentId: string): void;
}

/** The event's evidence, span by span, and how many documents report it. */
export function EventEvidence({ index, event, lang, onShowEvidence }: EventEvidenceProps) {
  const { t } = useTranslation('event', { lng: lang });
  const headingId = useId();
  const documents = new Set(event.evidence.map((s) => s.document)).size;
  return (
    <section className="event-detail__evidence" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('evidence.heading')}</h3>
      <p className="event-detail__corroboration">
        {t('evidence.reportedBy', { count: documents })}
      </p>
      <ol className="event-detail__evidence-list">
        {event.evidence.map((span) => (
          <EvidenceItem
            key={`${span.document}|${span.start}|${span.end}`}
            index={index}
            span={span}
            lang={lang}
            onShowEvidence={onShowEvidence}
          />
        ))}
      </ol>
    </section>
  );
}
