import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { preferredLanguage, setLanguage } from '../i18n/set-language';
import { useViewState } from '../url-state';
import { ErrorPage } from './ErrorPage';
import { Explorer } from './Explorer';
import { knownIds } from './known-ids';
import { useCorpus } from './useCorpus';

/** Loads the corpus, reads the view state from the URL, and shows the explorer or why not. */
export function App() {
  const { t } = useTranslation();
  const { corpus, retry } = useCorpus();
  const index = corpus.status === 'ready' ? corpus.index : undefined;
  const known = useMemo(() => (index ? knownIds(index) : undefined), [index]);
  const view = useViewState(known);
  const lang = view.state.lang ?? preferredLanguage(navigator.languages);
  useEffect(() => setLanguage(lang), [lang]);

  if (corpus.status === 'loading') {
    return (
      <main className="loading" aria-busy="true">
        <p role="status">{t('loading')}</p>
      </main>
    );
  }
  if (corpus.status === 'error') return <ErrorPage error={corpus.error} onRetry={retry} />;
  return <Explorer index={corpus.index} view={view} lang={lang} />;
}
