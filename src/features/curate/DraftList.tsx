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
  const shared = { review, lang, busy, onDecide, onHighlight };
  const names = [
    ...review.actors.map((item) => ({ kind: 'actor' as const, ...item })),
    ...review.places.map((item) => ({ kind: 'place' as const, ...item })),
  ];
  return (
    <div className="curate__drafts">
      {before}
      <DraftSection id="curate-events" heading={t('events', { count: review.events.length })}>
        {review.events.map((item, k) => (
          <li key={item.draft.id}>
            <EventDraftCard item={item} number={k + 1} {...shared} />
          </li>
        ))}
      </DraftSection>
      <DraftSection id="curate-names" heading={t('names', { count: names.length })}>
        {names.map(({ kind, draft, mentions }) => (
          <li key={draft.id}>
            <NameDraftCard kind={kind} draft={draft} mentions={mentions} {...shared} />
          </li>
        ))}
      </DraftSection>
    </div>
  );
}

/** A section of drafts: its heading, then their cards. */
function DraftSection({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="curate__section-heading">
        {heading}
      </h2>
      <ol className="curate__cards">{children}</ol>
    </section>
  );
}
