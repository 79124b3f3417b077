import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { clearRefusal, currentRefusal, subscribeRefusals } from '../../url-state';

/**
 * Says that a choice was not made because the link could not carry it (a filter already as
 * long as its key allows), and what to do instead. What the user had chosen stays as it was.
 */
export function RefusedNotice() {
  const { t } = useTranslation();
  const refusal = useSyncExternalStore(subscribeRefusals, currentRefusal, currentRefusal);
  if (refusal === null) return null;
  return (
    <div className="notice" role="status">
      <p>{t('refused')}</p>
      <button type="button" onClick={clearRefusal}>
        {t('urlNotice.dismiss')}
      </button>
    </div>
  );
}
