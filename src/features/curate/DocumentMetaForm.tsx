import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import { DateRangeFields } from './DateRangeFields';
import { LanguageField } from './LanguageField';
import type { MetaForm, PublishedBasis } from './source-form';

const BASES: PublishedBasis[] = ['stated', 'external'];

type TextKey = 'titleAr' | 'titleEn' | 'publisherAr' | 'publisherEn' | 'noteAr' | 'noteEn';

/**
 * The form of a document's meta: its title and publisher in both languages, the outlets it
 * credits, when it was published and how that is known, and the web-page debris lines to drop.
 */
export function DocumentMetaForm({
  form,
  lang,
  busy,
  onChange,
  onSave,
  problems,
}: {
  form: MetaForm;
  lang: Language;
  busy: boolean;
  onChange: (form: MetaForm) => void;
  onSave: () => void;
  problems: ReactNode;
}) {
  const { t } = useTranslation('curate', { lng: lang });
  const set = <K extends keyof MetaForm>(key: K, value: MetaForm[K]) =>
    onChange({ ...form, [key]: value });
  const text = (key: TextKey) => (
    <LanguageField
      label={t(`source.form.${key}`)}
      lang={key.endsWith('Ar') ? 'ar' : 'en'}
      value={form[key]}
      onChange={(value) => set(key, value)}
    />
  );
  const lines = (key: 'credits' | 'debris') => (
    <LanguageField
      label={t(`source.form.${key}`)}
      lang="ar"
      value={form[key]}
      onChange={(value) => set(key, value)}
      area
    />
  );

  return (
    <form
      className="curate-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <div className="curate-form__pair">
        {text('titleAr')}
        {text('titleEn')}
      </div>
      <div className="curate-form__pair">
        {text('publisherAr')}
        {text('publisherEn')}
      </div>
      {lines('credits')}
      <fieldset className="curate-form__group">
        <legend>{t('source.form.published')}</legend>
        <div className="curate-form__row">
          <DateRangeFields value={form} lang={lang} onChange={onChange} />
        </div>
        <label className="curate-form__field">
          <span>{t('source.form.basis')}</span>
          <select
            value={form.basis}
            onChange={(e) => set('basis', e.target.value as PublishedBasis)}
          >
            {BASES.map((b) => (
              <option key={b} value={b}>
                {t(`source.basis.${b}`)}
              </option>
            ))}
          </select>
        </label>
        {text('noteAr')}
        {text('noteEn')}
      </fieldset>
      {lines('debris')}
      {problems}
      <div className="curate-card__actions">
        <button type="submit" className="curate__button curate__button--primary" disabled={busy}>
          {t('source.saveMeta')}
        </button>
      </div>
    </form>
  );
}
