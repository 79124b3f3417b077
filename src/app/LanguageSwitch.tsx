import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/i18n';

/** Switches the interface language; everything else in the view stays. */
export function LanguageSwitch({
  lang,
  onChange,
}: {
  lang: Language;
  onChange: (lang: Language) => void;
}) {
  const { t } = useTranslation();
  const other: Language = lang === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      className="header__button"
      lang={other}
      onClick={() => onChange(other)}
      aria-label={t('switchLanguageLabel')}
    >
      {t('otherLanguageName')}
    </button>
  );
}
