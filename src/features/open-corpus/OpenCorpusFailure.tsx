import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import { CorpusErrorDetails } from '../data-problems/CorpusErrorDetails';
import type { OpenStatus } from './open-status';

/**
 * Why a file the user opened could not be used, with a Dismiss button; nothing otherwise.
 * `floating`: over the page (beside the explorer, whose layout must not move), not in line.
 */
export function OpenCorpusFailure({
  status,
  lang,
  onDismiss,
  floating = false,
}: {
  status: OpenStatus;
  lang: Language;
  onDismiss(): void;
  floating?: boolean;
}) {
  const { t } = useTranslation('open', { lng: lang });
  const { t: tr } = useTranslation('robust', { lng: lang });
  if (status.state !== 'failed') return null;
  return (
    <div
      className={`open-corpus-failure${floating ? ' open-corpus-failure--floating' : ''}`}
      role="alert"
    >
      <p className="open-corpus-failure__title">
        {t('failed')} <bdi>{status.fileName}</bdi>
        {': '}
        {tr(`fileError.${status.error.kind}.title`)}
      </p>
      <CorpusErrorDetails error={status.error} source="file" lang={lang} />
      <button type="button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
