import './OpenCorpus.css';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import { useFileDrop } from './useFileDrop';

/**
 * Drag and drop of a corpus file anywhere on the page: while files are dragged over it, an
 * overlay says where they go; the first file dropped is handed over. Takes no room otherwise.
 * One per page.
 */
export function CorpusDropZone({ lang, onOpen }: { lang: Language; onOpen(file: File): void }) {
  const { t } = useTranslation('open', { lng: lang });
  const dragging = useFileDrop(onOpen);
  if (!dragging) return null;
  return (
    <div className="open-corpus__drop" aria-hidden="true">
      <p>{t('drop')}</p>
    </div>
  );
}
