import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus-index';
import type { Language } from '../../i18n/i18n';

interface PlaceCardProps {
  index: CorpusIndex;
  placeId: string;
  lang: Language;
  filtered: boolean;
  onToggleFilter(id: string): void;
  onSelectEvent(id: string): void;
  onClose(): void;
}

/** A selected place: what it is, where the coordinates come from, and its events. */
export function PlaceCard({
  index,
  placeId,
  lang,
  filtered,
  onToggleFilter,
  onSelectEvent,
  onClose,
}: PlaceCardProps) {
  const { t } = useTranslation('place');
  const place = index.placesById.get(placeId);
  if (!place) return null;
  const events = (index.eventsByPlace.get(placeId) ?? [])
    .map((id) => index.eventsById.get(id))
    .filter((e) => !!e);
  return (
    <section className="place-card" aria-labelledby="place-card-title">
      <header className="place-card__header">
        <h2 id="place-card-title">{place.name[lang]}</h2>
        <button type="button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <p>
        {t(`kind.${place.kind}`)} ·{' '}
        <span dir="ltr">{`${place.lat.toFixed(4)}, ${place.lon.toFixed(4)}`}</span>
      </p>
      <p className="place-card__source">{t('coordinatesFrom', { source: place.gazetteer })}</p>
      <button type="button" aria-pressed={filtered} onClick={() => onToggleFilter(place.id)}>
        {filtered ? t('removeFilter') : t('filterHere')}
      </button>
      <h3>{t('events', { count: events.length })}</h3>
      <ul>
        {events.map((e) => (
          <li key={e.id}>
            <button type="button" className="link-button" onClick={() => onSelectEvent(e.id)}>
              {e.title[lang]}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
