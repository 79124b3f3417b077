import { useCallback, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { Language } from '../../i18n/i18n';
import { gazetteerSource } from '../../domain/curation/gazetteer-source';
import { HowWeKnow } from '../../ui/HowWeKnow';
import { useReturnFocus } from '../event/useReturnFocus';
import './PlaceCard.css';

interface PlaceCardProps {
  index: CorpusIndex;
  placeId: string;
  lang: Language;
  filtered: boolean;
  onToggleFilter(id: string): void;
  onSelectEvent(id: string): void;
  onClose(): void;
}

/**
 * A selected place: what it is, where the coordinates come from, and its events. Escape or the
 * close button closes it and gives focus back to where it came from (e.g. the map marker).
 */
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
  const sectionRef = useRef<HTMLElement>(null);
  const main = useCallback(() => document.getElementById('main'), []);
  const { onFocus, giveBack } = useReturnFocus(main, placeId);
  const place = index.placesById.get(placeId);
  if (!place) return null;
  const source = gazetteerSource(place.gazetteer);
  const close = () => {
    giveBack(sectionRef.current);
    onClose();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    close();
  };
  const events = (index.eventsByPlace.get(placeId) ?? [])
    .map((id) => index.eventsById.get(id))
    .filter((e) => !!e);
  return (
    <section
      className="place-card"
      aria-labelledby="place-card-title"
      ref={sectionRef}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <header className="place-card__header">
        <h2 id="place-card-title">{place.name[lang]}</h2>
        <button type="button" onClick={close} aria-label={t('close')} className="place-card__close">
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p>
        {t(`kind.${place.kind}`)} ·{' '}
        <span dir="ltr">{`${place.lat.toFixed(4)}, ${place.lon.toFixed(4)}`}</span>
      </p>
      <HowWeKnow>
        <p className="place-card__source">
          {source.kind === 'geonames'
            ? t('source.geonames', { id: source.id })
            : t(`source.${source.kind}`)}
        </p>
        {place.wikidata ? (
          <p>
            <a
              href={`https://www.wikidata.org/wiki/${encodeURIComponent(place.wikidata)}`}
              rel="noreferrer"
              target="_blank"
            >
              {t('wikidata')}
            </a>
          </p>
        ) : null}
      </HowWeKnow>
      <button
        type="button"
        className="button"
        aria-pressed={filtered}
        onClick={() => onToggleFilter(place.id)}
      >
        {filtered ? t('removeFilter') : t('filterHere')}
      </button>
      <h3>{t('events', { count: events.length })}</h3>
      <ul className="place-card__events">
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
