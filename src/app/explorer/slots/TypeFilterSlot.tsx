import { useTranslation } from 'react-i18next';
import { TypeFilter } from '../../../features/filters/TypeFilter';
import {
  useCorpusIndex,
  useExplorerCommands,
  useExplorerEvents,
  useExplorerLanguage,
  useFilters,
} from '../explorer-selectors';

/** The event types, counted among what the other filters leave, in a disclosure. */
export function TypeFilterSlot({ open }: { open: boolean }) {
  const { t } = useTranslation();
  const index = useCorpusIndex();
  const lang = useExplorerLanguage();
  const { types } = useFilters();
  const { typeCount } = useExplorerEvents();
  const commands = useExplorerCommands();
  return (
    <details className="side__types" open={open}>
      <summary>{t('typesSummary', { count: types.length })}</summary>
      <TypeFilter
        index={index}
        lang={lang}
        selected={types}
        onToggle={commands.toggleTypeFilter}
        among={typeCount}
      />
    </details>
  );
}
