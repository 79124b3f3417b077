import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';

/**
 * The translation of a document, sentence by sentence as the pipeline segments its text: each
 * Arabic sentence beside a box for its English.
 */
export function TranslationEditor({
  sentences,
  en,
  lang,
  busy,
  onChange,
  onSave,
  problems,
}: {
  sentences: readonly string[];
  en: readonly string[];
  lang: Language;
  busy: boolean;
  onChange: (index: number, value: string) => void;
  onSave: () => void;
  problems: ReactNode;
}) {
  const { t } = useTranslation('curate', { lng: lang });
  const id = useId();
  return (
    <form
      className="curate-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <ol className="curate-translation">
        {sentences.map((ar, i) => (
          <li key={i} className="curate-translation__row">
            <p className="curate-translation__ar" lang="ar" dir="rtl" id={`${id}-ar-${i}`}>
              {ar}
            </p>
            {/* Labelled by `for`, not by wrapping: the label's name is its words alone. */}
            <div className="curate-form__field">
              <label htmlFor={`${id}-en-${i}`}>{t('source.form.english', { number: i + 1 })}</label>
              <textarea
                id={`${id}-en-${i}`}
                lang="en"
                dir="ltr"
                rows={2}
                aria-describedby={`${id}-ar-${i}`}
                value={en[i] ?? ''}
                onChange={(e) => onChange(i, e.target.value)}
              />
            </div>
          </li>
        ))}
      </ol>
      {problems}
      <div className="curate-card__actions">
        <button type="submit" className="curate__button curate__button--primary" disabled={busy}>
          {t('source.saveTranslation')}
        </button>
      </div>
    </form>
  );
}
