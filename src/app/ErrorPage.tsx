import { useTranslation } from 'react-i18next';
import type { CorpusError } from './load-corpus';

/** What went wrong with the corpus, where, and what to do — never a blank page. */
export function ErrorPage({ error, onRetry }: { error: CorpusError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="error-page" aria-labelledby="error-title">
      <h1 id="error-title">{t(`error.${error.kind}.title`)}</h1>
      <p>{t(`error.${error.kind}.what`)}</p>
      {error.kind === 'schema' ? (
        <ul className="error-page__issues">
          {error.issues.map((issue, i) => (
            <li key={i}>
              <code dir="ltr">{issue.path || t('error.root')}</code>:{' '}
              <span dir="ltr">{issue.message}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <code dir="ltr">{error.detail}</code>
        </p>
      )}
      <p>{t(`error.${error.kind}.todo`)}</p>
      <button type="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </main>
  );
}
