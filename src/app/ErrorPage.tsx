import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CorpusErrorDetails } from '../features/data-problems/CorpusErrorDetails';
import type { CorpusError } from '../features/data-problems/corpus-error';
import type { Language } from '../i18n/i18n';

interface ErrorPageProps {
  error: CorpusError;
  lang: Language;
  onRetry(): void;
  /** Another way forward, e.g. opening a corpus file of one's own. */
  children?: ReactNode;
}

/**
 * The bundled corpus could not be used: what went wrong, where (each problem with its field),
 * what to do, and a Retry button, in the user's language — never a blank page.
 */
export function ErrorPage({ error, lang, onRetry, children }: ErrorPageProps) {
  const { t } = useTranslation('robust', { lng: lang });
  return (
    <main className="error-page" aria-labelledby="error-title" lang={lang}>
      <h1 id="error-title">{t(`error.${error.kind}.title`)}</h1>
      <CorpusErrorDetails error={error} source="bundled" lang={lang} />
      <p className="corpus-error__actions">
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      </p>
      {children ? (
        <section className="error-page__open" aria-labelledby="error-open">
          <h2 id="error-open">{t('orOpen')}</h2>
          {children}
        </section>
      ) : null}
    </main>
  );
}
