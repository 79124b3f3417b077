import { useEffect, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../domain/corpus/corpus-index';
import type { Language } from '../i18n/i18n';

interface WelcomeCardProps {
  index: CorpusIndex;
  lang: Language;
  onDismiss(): void;
  /** Move focus to the card's heading when it appears (opened again from Help). */
  focusOnShow: boolean;
}

/** Key caps, as printed on the keys: in Latin letters on Arabic keyboards too ("Enter"). */
const KEY = { k: <kbd lang="en" dir="ltr" /> };

/**
 * The first-run card: what this corpus is, how to read dates and certainty, the linked views,
 * sharing, and the keyboard. Dismissed once, remembered; Help in the header brings it back.
 */
export function WelcomeCard({ index, lang, onDismiss, focusOnShow }: WelcomeCardProps) {
  const { t } = useTranslation('layout');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);
  const { corpus } = index;
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title" ref={headingRef} tabIndex={-1}>
        {t('welcome.title')}
      </h2>
      <p>
        {t('welcome.corpus', {
          name: corpus.name[lang],
          documents: t('welcome.documents', { count: corpus.documents.length }),
          events: t('welcome.events', { count: corpus.events.length }),
        })}
      </p>
      <h3>{t('welcome.viewsTitle')}</h3>
      <p>{t('welcome.views')}</p>
      <h3>{t('welcome.datesTitle')}</h3>
      <ul>
        <li>{t('welcome.datePoint')}</li>
        <li>{t('welcome.dateBar')}</li>
        <li>{t('welcome.certainty')}</li>
      </ul>
      <h3>{t('welcome.shareTitle')}</h3>
      <p>{t('welcome.share')}</p>
      <h3>{t('welcome.keysTitle')}</h3>
      <ul className="welcome__keys">
        <li>
          <Trans t={t} i18nKey="welcome.keyLists" components={KEY} />
        </li>
        <li>
          <Trans t={t} i18nKey="welcome.keyTimeline" components={KEY} />
        </li>
        <li>
          <Trans t={t} i18nKey="welcome.keyClose" components={KEY} />
        </li>
        <li>
          <Trans t={t} i18nKey="welcome.keySearch" components={KEY} />
        </li>
      </ul>
      <button type="button" className="button button--primary" onClick={onDismiss}>
        {t('welcome.dismiss')}
      </button>
    </section>
  );
}
