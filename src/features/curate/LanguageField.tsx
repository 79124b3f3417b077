import type { Language } from '../../i18n/i18n';

/**
 * A labelled text field of the curate forms whose text is in one language: an Arabic one
 * right to left, an English one left to right; `area` makes it a box of two lines.
 */
export function LanguageField({
  label,
  lang,
  value,
  onChange,
  area = false,
}: {
  label: string;
  lang: Language;
  value: string;
  onChange: (value: string) => void;
  area?: boolean;
}) {
  const props = {
    lang,
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    value,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <label className="curate-form__field">
      <span>{label}</span>
      {area ? <textarea {...props} rows={2} /> : <input {...props} />}
    </label>
  );
}
