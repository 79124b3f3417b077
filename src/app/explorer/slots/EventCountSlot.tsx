import { useTranslation } from 'react-i18next';
import { ExportMenu } from '../../../features/export/ExportMenu';
import { useCorpusIndex, useExplorerLanguage, useShownEvents } from '../explorer-selectors';

/** How many events are shown, and the export of them. */
export function EventCountSlot() {
  const { t } = useTranslation();
  const index = useCorpusIndex();
  const lang = useExplorerLanguage();
  const events = useShownEvents();
  return (
    <div className="explorer__count-row">
      <h2 className="explorer__count">{t('eventCount', { count: events.length })}</h2>
      <ExportMenu index={index} events={events} lang={lang} />
    </div>
  );
}
