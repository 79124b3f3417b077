import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentReview } from '../../domain/curation/curate-review';
import { eventTypes, participantRoles, type ParticipantRole } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';
import type { DateBasis, EventForm } from './curate-form';
import { DateRangeFields } from './DateRangeFields';
import { LanguageField } from './LanguageField';

const BASES: DateBasis[] = ['stated', 'relative', 'reported', 'external'];

/** The edit form of an event draft: type, titles, summaries, participants, place, date rule. */
export function EventDraftForm({
  form,
  review,
  lang,
  busy,
  onChange,
  onAccept,
  onCancel,
  problems,
}: {
  form: EventForm;
  review: DocumentReview;
  lang: Language;
  busy: boolean;
  onChange: (form: EventForm) => void;
  onAccept: () => void;
  onCancel: () => void;
  problems: ReactNode;
}) {
  const { t } = useTranslation('curate', { lng: lang });
  const id = useId();
  const set = <K extends keyof EventForm>(key: K, value: EventForm[K]) =>
    onChange({ ...form, [key]: value });
  const text = (
    key: 'titleAr' | 'titleEn' | 'summaryAr' | 'summaryEn' | 'quote' | 'noteAr' | 'noteEn',
    l: Language,
    area = false,
  ) => (
    <LanguageField
      label={t(`form.${key}`)}
      lang={l}
      value={form[key]}
      onChange={(value) => set(key, value)}
      area={area}
    />
  );
  const known = new Set(review.known.actors.map((a) => a.id));

  return (
    <form
      className="curate-form"
      onSubmit={(e) => {
        e.preventDefault();
        onAccept();
      }}
    >
      <label className="curate-form__field">
        <span>{t('form.type')}</span>
        <select
          value={form.type}
          onChange={(e) => set('type', e.target.value as EventForm['type'])}
        >
          {eventTypes.map((type) => (
            <option key={type} value={type}>
              {t(`event:type.${type}`)}
            </option>
          ))}
        </select>
      </label>
      {text('titleAr', 'ar')}
      {text('titleEn', 'en')}
      {text('summaryAr', 'ar', true)}
      {text('summaryEn', 'en', true)}
      <fieldset className="curate-form__group">
        <legend>{t('form.participants')}</legend>
        {form.actors.map((a, k) => (
          <div key={k} className="curate-form__row">
            <label className="curate-form__field">
              <span>{t('form.participant', { number: k + 1 })}</span>
              <select
                value={a.id}
                onChange={(e) =>
                  set(
                    'actors',
                    form.actors.map((x, j) => (j === k ? { ...x, id: e.target.value } : x)),
                  )
                }
              >
                {known.has(a.id) ? null : (
                  <option value={a.id}>{t('form.notYetKnown', { id: a.id })}</option>
                )}
                {review.known.actors.map((k2) => (
                  <option key={k2.id} value={k2.id}>
                    {k2.name[lang]}
                  </option>
                ))}
              </select>
            </label>
            <label className="curate-form__field">
              <span>{t('form.role', { number: k + 1 })}</span>
              <select
                value={a.role}
                onChange={(e) =>
                  set(
                    'actors',
                    form.actors.map((x, j) =>
                      j === k ? { ...x, role: e.target.value as ParticipantRole } : x,
                    ),
                  )
                }
              >
                {participantRoles.map((r) => (
                  <option key={r} value={r}>
                    {t(`event:role.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="curate__button curate__button--quiet"
              onClick={() =>
                set(
                  'actors',
                  form.actors.filter((_, j) => j !== k),
                )
              }
            >
              {t('form.remove', { number: k + 1 })}
            </button>
          </div>
        ))}
        {review.known.actors.length > 0 ? (
          <button
            type="button"
            className="curate__button curate__button--quiet"
            onClick={() =>
              set('actors', [
                ...form.actors,
                {
                  id:
                    review.known.actors.find((a) => !form.actors.some((x) => x.id === a.id))?.id ??
                    review.known.actors[0]?.id ??
                    '',
                  role: 'participant',
                },
              ])
            }
          >
            {t('form.addParticipant')}
          </button>
        ) : null}
      </fieldset>
      <label className="curate-form__field">
        <span>{t('form.place')}</span>
        <select value={form.place} onChange={(e) => set('place', e.target.value)}>
          <option value="">{t('noPlace')}</option>
          {form.place !== '' && !review.known.places.some((p) => p.id === form.place) ? (
            <option value={form.place}>{t('form.notYetKnown', { id: form.place })}</option>
          ) : null}
          {review.known.places.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="curate-form__group">
        <legend>{t('form.date')}</legend>
        <label className="curate-form__field">
          <span>{t('form.basis')}</span>
          <select value={form.basis} onChange={(e) => set('basis', e.target.value as DateBasis)}>
            {BASES.map((b) => (
              <option key={b} value={b}>
                {t(`basis.${b}`)}
              </option>
            ))}
          </select>
        </label>
        {form.basis === 'stated' || form.basis === 'relative' ? text('quote', 'ar') : null}
        {form.basis === 'external' ? (
          <>
            <DateRangeFields value={form} lang={lang} onChange={onChange} />
            {text('noteAr', 'ar')}
            {text('noteEn', 'en')}
          </>
        ) : null}
      </fieldset>
      {problems}
      <div className="curate-card__actions" id={`${id}-actions`}>
        <button type="submit" className="curate__button curate__button--primary" disabled={busy}>
          {t('accept')}
        </button>
        <button type="button" className="curate__button curate__button--quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
