import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';

/** Says that the corpus being explored is the user's own file, with the way back. */
export function UserCorpusBadge({
  name,
  lang,
  onBack,
}: {
  name: string;
  lang: Language;
  onBack(): void;
}) {
  const { t } = useTranslation('open', { lng: lang });
  return (
    <div className="user-corpus-badge" role="note" aria-label={t('badgeLabel')}>
      <span className="user-corpus-badge__name">
        {t('yours')} <bdi>{name}</bdi>
      </span>
      <button type="button" className="user-corpus-badge__back" onClick={onBack}>
        {t('back')}
      </button>
    </div>
  );
}
