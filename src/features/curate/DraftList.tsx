import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentReview } from '../../domain/curation/curate-review';
import type { Language } from '../../i18n/i18n';
import type { Decide } from './decide';
import type { Highlight } from './DocumentText';
import { EventDraftCard } from './EventDraftCard';
import { NameDraftCard } from './NameDraftCard';

/**
 * A document's drafts: its events, then the new names (people and organisations, places), after
 * `before` (the document's details and translation), in one column that scrolls beside the text.
 */
export function DraftList({
  review,
  lang,
  busy,
  onDecide,
  onHighlight,
  before,
}: {
  review: DocumentReview;
  lang: Language;
  busy: boolean;
  onDecide: Decide;
  onHighlight: (h: Highlight | null) => void;
  before?: ReactNode;
}) {
  const { t } = useTranslation('curate', { lng: lang });
  return (
    <div className="curate__drafts">
      {before}
      <section aria-labelledby="curate-events">
        <h2 id="curate-events" className="curate__section-heading">
          {t('events', { count: review.events.length })}
        </h2>
        <ol className="curate__cards">
          {review.events.map((item, k) => (
            <li key={item.draft.id}>
              <EventDraftCard
                item={item}
                number={k + 1}
                review={review}
                lang={lang}
                busy={busy}
                onDecide={onDecide}
                onHighlight={onHighlight}
              />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="curate-names">
        <h2 id="curate-names" className="curate__section-heading">
          {t('names', { count: review.actors.length + review.places.length })}
        </h2>
        <ol className="curate__cards">
          {review.actors.map((item) => (
            <li key={item.draft.id}>
              <NameDraftCard
                kind="actor"
                draft={item.draft}
                mentions={item.mentions}
                review={review}
                lang={lang}
                busy={busy}
                onDecide={onDecide}
                onHighlight={onHighlight}
              />
            </li>
          ))}
          {review.places.map((item) => (
            <li key={item.draft.id}>
              <NameDraftCard
                kind="place"
                draft={item.draft}
                mentions={item.mentions}
                review={review}
                lang={lang}
                busy={busy}
                onDecide={onDecide}
                onHighlight={onHighlight}
              />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
