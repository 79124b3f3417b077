import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import { OpenCorpus } from './OpenCorpus';
import { OpenCorpusFailure } from './OpenCorpusFailure';
import type { OpenStatus } from './open-status';

interface ForeignCorpusPageProps {
  /** The corpus name in the link. */
  name: string;
  lang: Language;
  status: OpenStatus;
  onOpen(file: File): void;
  onDismiss(): void;
  /** Go to the bundled corpus instead. */
  onBundled(): void;
  /** Shown above the explanation (e.g. what else in the link was ignored). */
  notice?: ReactNode;
}

/**
 * A link names a corpus that someone opened from a file on their computer; it is not in this
 * tab (files are never sent anywhere). The page says so, offers to open that file, or to go to
 * the bundled corpus. It never shows the bundled corpus under the other corpus's name.
 */
export function ForeignCorpusPage({
  name,
  lang,
  status,
  onOpen,
  onDismiss,
  onBundled,
  notice,
}: ForeignCorpusPageProps) {
  const { t } = useTranslation('open', { lng: lang });
  return (
    <main className="foreign-corpus" aria-labelledby="foreign-corpus-title">
      {notice}
      <h1 id="foreign-corpus-title">{t('foreign.title')}</h1>
      <p>
        {t('foreign.what')} <bdi className="foreign-corpus__name">{name}</bdi>
      </p>
      <p>{t('foreign.why')}</p>
      <p>{t('foreign.todo')}</p>
      <div className="foreign-corpus__actions">
        <OpenCorpus lang={lang} status={status} onOpen={onOpen} look="page" />
        <button type="button" className="foreign-corpus__bundled" onClick={onBundled}>
          {t('foreign.bundled')}
        </button>
      </div>
      <OpenCorpusFailure status={status} lang={lang} onDismiss={onDismiss} />
    </main>
  );
}
