import type { ReactNode } from 'react';
import { Header } from '../../Header';
import {
  useCorpusIndex,
  useExplorerCommands,
  useExplorerLanguage,
  useFilters,
} from '../explorer-selectors';

interface HeaderSlotProps {
  compact: boolean;
  onHelp(): void;
  onSubmitSearch(): void;
  actions: ReactNode;
}

/** The header's search box and language switch, wired to the controller. */
export function HeaderSlot({ compact, onHelp, onSubmitSearch, actions }: HeaderSlotProps) {
  const index = useCorpusIndex();
  const lang = useExplorerLanguage();
  const { q } = useFilters();
  const commands = useExplorerCommands();
  return (
    <Header
      corpusName={index.corpus.name}
      lang={lang}
      q={q}
      compact={compact}
      onSearch={commands.setSearch}
      onLanguage={commands.setLanguage}
      onHelp={onHelp}
      onSubmitSearch={onSubmitSearch}
      actions={actions}
    />
  );
}
