import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { DataProblems } from '../features/data-problems/DataProblems';
import { UrlNotice } from '../features/notices/UrlNotice';
import { CorpusDropZone } from '../features/open-corpus/CorpusDropZone';
import { ForeignCorpusPage } from '../features/open-corpus/ForeignCorpusPage';
import { OpenCorpus } from '../features/open-corpus/OpenCorpus';
import { OpenCorpusFailure } from '../features/open-corpus/OpenCorpusFailure';
import { UserCorpusBadge } from '../features/open-corpus/UserCorpusBadge';
import { ViewBoundary } from '../features/view-boundary/ViewBoundary';
import { preferredLanguage, setLanguage } from '../i18n/set-language';
import {
  DEFAULT_VIEW_STATE,
  parseViewState,
  serialiseViewState,
  useViewState,
  type ViewState,
} from '../url-state';
import { corpusSource } from './corpus-source';
import { ErrorPage } from './ErrorPage';
import { Explorer } from './Explorer';
import { ExplorerProvider } from './explorer/ExplorerProvider';
import { knownIds } from './known-ids';
import { useCorpus } from './useCorpus';

/**
 * Loads the corpora, reads the view state from the URL, and shows the explorer of the corpus
 * the URL names (the bundled one, or a file the user opened in this tab) or why not.
 */
export function App() {
  const location = useLocation();
  const navigate = useNavigate();
  const wanted = useMemo(() => parseViewState(location.search).state.corpus, [location.search]);
  const corpora = useCorpus(wanted);
  const source = corpusSource(wanted, corpora.bundled, corpora.user, corpora.restoring);
  const index = source.show === 'explorer' ? source.corpus.index : undefined;
  const known = useMemo(() => (index ? knownIds(index) : undefined), [index]);
  const view = useViewState(known);
  const lang = view.state.lang ?? preferredLanguage(navigator.languages);
  const { t } = useTranslation('common', { lng: lang });
  useEffect(() => setLanguage(lang), [lang]);

  const { pathname } = location;
  const go = useCallback(
    (state: ViewState) => void navigate({ pathname, search: serialiseViewState(state) }),
    [navigate, pathname],
  );
  const bundledView = { ...DEFAULT_VIEW_STATE, lang: view.state.lang };
  const toBundled = () => go(bundledView);
  // From a link to someone's corpus the link's view is kept; otherwise a new corpus starts afresh.
  const openFile = (file: File) => {
    const base = source.show === 'foreign' ? view.state : bundledView;
    void corpora.openFile(file).then((name) => {
      if (name !== null) go({ ...base, corpus: name });
    });
  };
  const dropZone = <CorpusDropZone lang={lang} onOpen={openFile} />;
  const failure = (floating: boolean) => (
    <OpenCorpusFailure
      status={corpora.open}
      lang={lang}
      onDismiss={corpora.dismiss}
      floating={floating}
    />
  );

  switch (source.show) {
    case 'loading':
      return (
        <main className="loading" aria-busy="true">
          <p role="status">{t('loading')}</p>
        </main>
      );
    case 'error':
      return (
        <>
          {dropZone}
          <ErrorPage error={source.error} lang={lang} onRetry={corpora.retry}>
            <OpenCorpus lang={lang} status={corpora.open} onOpen={openFile} look="page" />
            {failure(false)}
          </ErrorPage>
        </>
      );
    case 'foreign':
      return (
        <>
          {dropZone}
          <ForeignCorpusPage
            name={source.name}
            lang={lang}
            status={corpora.open}
            onOpen={openFile}
            onDismiss={corpora.dismiss}
            onBundled={toBundled}
            notice={<UrlNotice dropped={view.dropped} />}
          />
        </>
      );
    case 'explorer': {
      const corpusControls = (
        <>
          {source.name !== null ? (
            <UserCorpusBadge name={source.name} lang={lang} onBack={toBundled} />
          ) : null}
          <OpenCorpus lang={lang} status={corpora.open} onOpen={openFile} />
        </>
      );
      const notices = (
        <>
          {failure(true)}
          <DataProblems problems={source.corpus.problems} lang={lang} />
        </>
      );
      const explorer = (
        <ViewBoundary key={source.key} view="explorer" lang={lang}>
          <ExplorerProvider key={source.key} index={source.corpus.index} view={view} lang={lang}>
            <Explorer lang={lang} corpusControls={corpusControls} notices={notices} />
          </ExplorerProvider>
        </ViewBoundary>
      );
      return (
        <>
          {dropZone}
          {explorer}
        </>
      );
    }
  }
}
