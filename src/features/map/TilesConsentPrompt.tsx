import './map-strings';
import { useTranslation } from 'react-i18next';

interface TilesConsentPromptProps {
  lang: 'ar' | 'en';
  onAnswer(yes: boolean): void;
}

/** A link asked for the online map: this browser's user is asked once before it loads. */
export function TilesConsentPrompt({ lang, onAnswer }: TilesConsentPromptProps) {
  const { t } = useTranslation('map', { lng: lang });
  return (
    <div className="athar-map__consent" role="group" aria-label={t('consent.label')}>
      <p>{t('consent.text')}</p>
      <button type="button" onClick={() => onAnswer(true)}>
        {t('consent.yes')}
      </button>
      <button type="button" onClick={() => onAnswer(false)}>
        {t('consent.no')}
      </button>
    </div>
  );
}
