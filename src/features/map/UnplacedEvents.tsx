import { useId, useState } from 'react';
import './map-strings';
import { useTranslation } from 'react-i18next';
import type { CorpusEvent } from '../../domain/corpus/schema';
import { EventButtonList } from './EventButtonList';

interface UnplacedEventsProps {
  events: readonly CorpusEvent[];
  lang: 'ar' | 'en';
  selectedEventId: string | null;
  onSelectEvent(id: string): void;
  onHoverEvent(id: string | null): void;
}

/**
 * The shown events the map cannot draw (the sources give no place): listed, not dropped. The
 * list folds to one line under the map, so that the map keeps its room; it opens by itself
 * when the selected event is one of them.
 */
export function UnplacedEvents({ events, lang, selectedEventId, ...rest }: UnplacedEventsProps) {
  const { t } = useTranslation('map', { lng: lang });
  const headingId = useId();
  const listId = useId();
  const [open, setOpen] = useState(() => events.some((e) => e.id === selectedEventId));
  const [lastSelected, setLastSelected] = useState(selectedEventId);
  if (selectedEventId !== lastSelected) {
    setLastSelected(selectedEventId);
    if (selectedEventId !== null && events.some((e) => e.id === selectedEventId)) setOpen(true);
  }
  if (events.length === 0) return null;
  return (
    <section
      className={open ? 'athar-unplaced athar-unplaced--open' : 'athar-unplaced'}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="athar-unplaced__title">
        <button
          type="button"
          className="athar-unplaced__toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          <span className="athar-unplaced__chevron" aria-hidden="true" />
          {t('unplaced.title', { count: events.length })}
        </button>
      </h3>
      <div id={listId} hidden={!open}>
        <p className="athar-unplaced__hint">{t('unplaced.hint')}</p>
        {open ? (
          <EventButtonList
            events={events}
            lang={lang}
            selectedEventId={selectedEventId}
            {...rest}
          />
        ) : null}
      </div>
    </section>
  );
}
