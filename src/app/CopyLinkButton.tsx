import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies the current URL (the whole view) to the clipboard and says so. */
export function CopyLinkButton() {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
    window.setTimeout(() => setCopied('idle'), 2500);
  };
  return (
    <>
      <button type="button" className="header__button" data-keeps-menu onClick={() => void copy()}>
        {t('copyLink')}
      </button>
      <span role="status" className="copy-link__status visually-hidden-unless-text">
        {copied === 'done' ? t('linkCopied') : copied === 'failed' ? t('linkCopyFailed') : ''}
      </span>
    </>
  );
}
