import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  DocumentReview,
  DraftActor,
  DraftPlace,
  ReviewSpan,
} from '../../domain/curation/curate-review';
import { decisionKey } from '../../domain/curation/decision-key';
import { actorKind, placeKind } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';
import {
  actorOf,
  freshId,
  nameFormOf,
  nameFormProblems,
  placeOf,
  type FormProblem,
  type NameForm,
} from './curate-form';
import { DecisionBadge } from './DecisionBadge';
import type { Highlight } from './DocumentText';
import type { Decide } from './decide';
import { DraftCard } from './DraftCard';
import { useDecideThenFocus } from './useDecideThenFocus';
import { FormProblems } from './FormProblems';

/** One new name ingest proposes: a person, organisation or outlet, or a place. */
export function NameDraftCard({
  kind,
  draft,
  mentions,
  review,
  lang,
  busy,
  onDecide,
  onHighlight,
}: {
  kind: 'actor' | 'place';
  draft: DraftActor | DraftPlace;
  mentions: ReviewSpan[];
  review: DocumentReview;
  lang: Language;
  busy: boolean;
  onDecide: Decide;
  onHighlight: (h: Highlight | null) => void;
}) {
  const { t } = useTranslation('curate', { lng: lang });
  const { headingRef, decide } = useDecideThenFocus(onDecide);
  const decision = review.decisions[decisionKey(kind, draft.id)];
  const [form, setForm] = useState<NameForm>(() => nameFormOf(draft));
  const [editing, setEditing] = useState(false);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const highlight: Highlight = { rows: [], words: mentions };
  const isPlace = kind === 'place';
  const set = (key: keyof NameForm, value: string) => {
    const next = { ...form, [key]: value };
    setForm(next);
    // Once shown, what is missing follows the curator's typing.
    if (problems.length > 0) setProblems(nameFormProblems(next, isPlace));
  };
  const field = (key: keyof NameForm, l: Language | null, options?: readonly string[]) => (
    <label className="curate-form__field">
      <span>{t(`form.${key}`)}</span>
      {options ? (
        <select value={form[key]} onChange={(e) => set(key, e.target.value)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {t(`kind.${o}`)}
            </option>
          ))}
        </select>
      ) : key === 'aliasesAr' ? (
        <textarea
          lang="ar"
          dir="rtl"
          rows={2}
          value={form[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      ) : (
        <input
          lang={l ?? undefined}
          dir={l === 'ar' ? 'rtl' : l === 'en' ? 'ltr' : undefined}
          inputMode={key === 'lat' || key === 'lon' ? 'decimal' : undefined}
          value={form[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </label>
  );

  const accept = async () => {
    const found = nameFormProblems(form, isPlace);
    setProblems(found);
    if (found.length > 0) return;
    const taken = new Set([...review.known.actors, ...review.known.places].map((e) => e.id));
    const id = freshId(form.nameEn, draft.id, taken);
    if (
      await decide({
        kind,
        draft: draft.id,
        action: 'accept',
        item: isPlace ? placeOf(form, id) : actorOf(form, id),
      })
    )
      setEditing(false);
  };

  return (
    <DraftCard
      decided={Boolean(decision)}
      heading={
        <>
          {t(isPlace ? 'newPlace' : 'newActor', { kind: t(`kind.${draft.kind}`) })}{' '}
          <bdi lang="ar">{draft.name.ar}</bdi>
        </>
      }
      highlight={highlight}
      onHighlight={onHighlight}
      headingRef={headingRef}
    >
      <p className="curate-card__found">{t('mentions', { count: mentions.length })}</p>
      {decision ? (
        <DecisionBadge
          decision={decision}
          known={isPlace ? review.known.places : review.known.actors}
          lang={lang}
        />
      ) : editing ? (
        <form
          className="curate-form"
          onSubmit={(e) => {
            e.preventDefault();
            void accept();
          }}
        >
          {field('kind', null, isPlace ? placeKind.options : actorKind.options)}
          {field('nameAr', 'ar')}
          {field('nameEn', 'en')}
          {field('aliasesAr', 'ar')}
          {isPlace ? (
            <>
              {field('lat', null)}
              {field('lon', null)}
              <label className="curate-form__field">
                <span>{t('form.country')}</span>
                <select value={form.country} onChange={(e) => set('country', e.target.value)}>
                  <option value="">{t('form.noCountry')}</option>
                  {review.known.places
                    .filter((p) => p.kind === 'country')
                    .map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name[lang]}
                      </option>
                    ))}
                </select>
              </label>
              {field('gazetteer', 'en')}
            </>
          ) : (
            <>
              {field('roleAr', 'ar')}
              {field('roleEn', 'en')}
              {field('reference', 'en')}
            </>
          )}
          <FormProblems problems={problems} lang={lang} />
          <div className="curate-card__actions">
            <button
              type="submit"
              className="curate__button curate__button--primary"
              disabled={busy}
            >
              {t('accept')}
            </button>
            <button
              type="button"
              className="curate__button curate__button--quiet"
              onClick={() => {
                setEditing(false);
                setProblems([]);
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="curate-card__actions">
          <button type="button" className="curate__button" onClick={() => setEditing(true)}>
            {t('acceptEdit')}
          </button>
          <button
            type="button"
            className="curate__button curate__button--quiet"
            disabled={busy}
            onClick={() => void decide({ kind, draft: draft.id, action: 'reject' })}
          >
            {t('reject')}
          </button>
        </div>
      )}
    </DraftCard>
  );
}
