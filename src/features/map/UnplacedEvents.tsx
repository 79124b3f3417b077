import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusEvent } from '../../domain/schema';
import { EventButtonList } from './EventButtonList';

interface UnplacedEventsProps {
  events: readonly CorpusEvent[];
  lang: 'ar' | 'en';
  selectedEventId: string | null;
  onSelectEvent(id: string): void;
  onHoverEvent(id: string | null): void;
}

/** The shown events the map cannot draw (the sources give no place): listed, not dropped. */
export function UnplacedEvents({ events, lang, ...rest }: UnplacedEventsProps) {
  const { t } = useTranslation('map', { lng: lang });
  const headingId = useId();
  if (events.length === 0) return null;
  return (
    <section className="athar-unplaced" aria-labelledby={headingId}>
      <h3 id={headingId} className="athar-unplaced__title">
        {t('unplaced.title', { count: events.length })}
      </h3>
      <p className="athar-unplaced__hint">{t('unplaced.hint')}</p>
      <EventButtonList events={events} lang={lang} {...rest} />
    </section>
  );
}
