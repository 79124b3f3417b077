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
    <button type="button" className="header__button" onClick={() => onChange(other)}>
      {/* The accessible name starts with the visible words (WCAG 2.5.3, label in name): a
          voice-control user says «العربية» or "English" and the button answers. */}
      <span lang={other}>{t('otherLanguageName')}</span>
      <span className="visually-hidden">{t('layout:switchLanguageHint')}</span>
    </button>
  );
}
