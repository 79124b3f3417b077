import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentReview } from '../../domain/curation/curate-review';
import { decisionKey } from '../../domain/curation/decision-key';
import type { Language } from '../../i18n/i18n';
import {
  eventFormOf,
  eventFormProblems,
  eventOf,
  freshId,
  withAcceptedNames,
  type FormProblem,
} from './curate-form';
import { DecisionBadge } from './DecisionBadge';
import type { Highlight } from './DocumentText';
import type { Decide } from './decide';
import { DraftCard } from './DraftCard';
import { useDecideThenFocus } from './useDecideThenFocus';
import { EventDraftForm } from './EventDraftForm';
import { FormProblems } from './FormProblems';

type Item = DocumentReview['events'][number];

/** One event draft: what ingest found, its evidence, and the curator's three choices. */
export function EventDraftCard({
  item,
  number,
  review,
  lang,
  busy,
  onDecide,
  onHighlight,
}: {
  item: Item;
  number: number;
  review: DocumentReview;
  lang: Language;
  busy: boolean;
  onDecide: Decide;
  onHighlight: (h: Highlight | null) => void;
}) {
  const { t } = useTranslation('curate', { lng: lang });
  const { headingRef, decide } = useDecideThenFocus(onDecide);
  const { draft } = item;
  const decision = review.decisions[decisionKey('event', draft.id)];
  const [form, setForm] = useState(() => (decision ? null : eventFormOf(draft)));
  const [editing, setEditing] = useState(false);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const highlight: Highlight = {
    rows: item.evidence ? [item.evidence] : [],
    words: item.cue ? [item.cue] : [],
  };
  const nameOf = (id: string) =>
    review.known.actors.find((a) => a.id === (review.decisions[`actor:${id}`]?.id ?? id))?.name[
      lang
    ] ??
    review.actors.find((a) => a.draft.id === id)?.draft.name.ar ??
    id;
  const placeName = draft.place
    ? (review.known.places.find((p) => p.id === draft.place)?.name[lang] ?? draft.place)
    : null;
  const merges = (draft.found.merge ?? []).filter((m) =>
    review.known.events.some((e) => e.id === m.event),
  );

  const accept = async () => {
    if (!form) return;
    const found = eventFormProblems(form, review.known.actors);
    setProblems(found);
    if (found.length > 0) return;
    const taken = new Set(review.known.events.map((e) => e.id));
    const id = freshId(form.titleEn, draft.id, taken);
    if (
      await decide({
        kind: 'event',
        draft: draft.id,
        action: 'accept',
        item: eventOf(form, draft, review.id, id),
      })
    )
      setEditing(false);
  };

  return (
    <DraftCard
      decided={Boolean(decision)}
      heading={t('eventDraft', { number, type: t(`event:type.${draft.type}`) })}
      highlight={highlight}
      onHighlight={onHighlight}
      headingRef={headingRef}
    >
      <blockquote className="curate-card__quote" lang="ar" dir="rtl">
        {draft.evidence.map((e) => e.quote).join(' … ')}
      </blockquote>
      <dl className="curate-card__facts">
        <dt>{t('who')}</dt>
        <dd>
          {draft.actors.length === 0
            ? t('nobody')
            : draft.actors.map((a, k) => (
                <span key={a.id}>
                  {k > 0 ? t('listSeparator') : ''}
                  <bdi>{nameOf(a.id)}</bdi> ({t(`event:role.${a.role}`)})
                </span>
              ))}
        </dd>
        <dt>{t('where')}</dt>
        <dd>{placeName ? <bdi>{placeName}</bdi> : t('noPlace')}</dd>
        <dt>{t('when')}</dt>
        <dd>
          {t(`basis.${draft.date.basis}`)}
          {'quote' in draft.date ? (
            <>
              {t('colon')}
              {/* A short quote does not break: split, each half would be ordered on its own. */}
              <bdi
                lang="ar"
                className={draft.date.quote.length <= 32 ? 'curate__nowrap' : undefined}
              >
                «{draft.date.quote}»
              </bdi>
            </>
          ) : null}
        </dd>
      </dl>
      {decision ? (
        <DecisionBadge decision={decision} known={review.known.events} lang={lang} />
      ) : editing && form ? (
        <EventDraftForm
          form={form}
          review={review}
          lang={lang}
          busy={busy}
          onChange={(next) => {
            setForm(next);
            // Once shown, what is missing follows the curator's typing.
            if (problems.length > 0) setProblems(eventFormProblems(next, review.known.actors));
          }}
          onAccept={() => void accept()}
          onCancel={() => {
            setEditing(false);
            setProblems([]);
          }}
          problems={<FormProblems problems={problems} lang={lang} />}
        />
      ) : (
        <div className="curate-card__actions">
          <button
            type="button"
            className="curate__button"
            onClick={() => {
              // New names accepted since the draft was shown take their curated ids.
              if (form) setForm(withAcceptedNames(form, review.decisions));
              setEditing(true);
            }}
          >
            {t('acceptEdit')}
          </button>
          {merges.map((m) => (
            <button
              key={m.event}
              type="button"
              className="curate__button"
              disabled={busy}
              onClick={() =>
                void decide({
                  kind: 'event',
                  draft: draft.id,
                  action: 'merge',
                  item: { event: m.event },
                })
              }
            >
              {t('merge')}{' '}
              <bdi>{review.known.events.find((e) => e.id === m.event)?.name[lang]}</bdi>
            </button>
          ))}
          <button
            type="button"
            className="curate__button curate__button--quiet"
            disabled={busy}
            onClick={() => void decide({ kind: 'event', draft: draft.id, action: 'reject' })}
          >
            {t('reject')}
          </button>
        </div>
      )}
    </DraftCard>
  );
}
