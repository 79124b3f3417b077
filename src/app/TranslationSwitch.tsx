import { useTranslation } from 'react-i18next';

/** Shows or hides the English translations of the Arabic sources (the reading column). */
export function TranslationSwitch({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const { t } = useTranslation('layout');
  return (
    <label className="translation-switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {t('showTranslations')}
    </label>
  );
}
