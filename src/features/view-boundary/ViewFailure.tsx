import './ViewFailure.css';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import { errorMessage } from './error-message';
import type { ViewName } from './view-name';

interface ViewFailureProps {
  view: ViewName;
  lang: Language;
  error: unknown;
  onRetry(): void;
}

/** What a ViewBoundary shows in place of a view that failed. */
export function ViewFailure({ view, lang, error, onRetry }: ViewFailureProps) {
  const { t } = useTranslation('robust', { lng: lang });
  return (
    <div className="view-failure" role="alert" data-failed-view={view}>
      <p className="view-failure__message">
        {t(`boundary.view.${view}`, { message: errorMessage(error) })}
      </p>
      <p>{t(view === 'explorer' ? 'boundary.reload' : 'boundary.others')}</p>
      <button type="button" onClick={onRetry}>
        {t('boundary.retry')}
      </button>
    </div>
  );
}
