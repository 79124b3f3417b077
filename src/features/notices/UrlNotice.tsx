import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dropped } from '../../url-state';

/** A polite notice saying which parts of the link could not be used, and why. */
export function UrlNotice({ dropped }: { dropped: readonly Dropped[] }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState('');
  const key = dropped.map((d) => `${d.key}=${d.value}`).join('&');
  if (dropped.length === 0 || dismissed === key) return null;
  return (
    <div className="notice" role="status">
      <p>{t('urlNotice.intro', { count: dropped.length })}</p>
      <ul>
        {dropped.slice(0, 8).map((d, i) => (
          <li key={i}>
            <code dir="ltr">{d.key}</code>
            {d.value ? (
              <>
                {' = '}
                <bdi>{d.value.length > 60 ? `${d.value.slice(0, 60)}…` : d.value}</bdi>
              </>
            ) : null}
            {' — '}
            {t(`urlNotice.reason.${d.reason}`)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(key)}>
        {t('urlNotice.dismiss')}
      </button>
    </div>
  );
}
