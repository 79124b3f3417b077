import { useTranslation } from 'react-i18next';
import { SearchResults } from '../../../features/search/SearchResults';
import {
  useCorpusIndex,
  useExplorerCommands,
  useExplorerLanguage,
  useFilters,
  useSearchReady,
} from '../explorer-selectors';

/** The search's results (or that the search is still being prepared), wired to the controller. */
export function SearchSlot() {
  const { t } = useTranslation();
  const index = useCorpusIndex();
  const lang = useExplorerLanguage();
  const { q } = useFilters();
  const ready = useSearchReady();
  const commands = useExplorerCommands();
  if (!q.trim()) return null;
  if (!ready)
    return (
      <p className="side__search-preparing" role="status">
        {t('searchPreparing')}
      </p>
    );
  return (
    <SearchResults
      index={index}
      lang={lang}
      query={q}
      onSelectEvent={commands.selectEvent}
      onSelectActor={commands.selectActor}
      onSelectPlace={commands.selectPlace}
      onOpenSentence={commands.openDocument}
    />
  );
}
