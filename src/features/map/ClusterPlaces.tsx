import { useTranslation } from 'react-i18next';
import './map-strings';
import type { ClusterItem } from './cluster-index';

interface ClusterPlacesProps {
  cluster: ClusterItem;
  lang: 'ar' | 'en';
  /** A place was chosen: select it (the map zooms until it is on its own). */
  onChoosePlace(placeId: string): void;
  /** Zoom in until the cluster splits. */
  onZoomIn(): void;
}

/** A cluster's popup: its places (most events first) as buttons, and a way to zoom in. */
export function ClusterPlaces({ cluster, lang, onChoosePlace, onZoomIn }: ClusterPlacesProps) {
  const { t } = useTranslation('map', { lng: lang });
  return (
    <div className="athar-popup__body" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <p className="athar-popup__title">
        {t('cluster.title', {
          count: cluster.groups.length,
          events: t('cluster.events', { count: cluster.events }),
        })}
      </p>
      <ul className="athar-cluster-list">
        {cluster.groups.map(({ place, events }) => (
          <li key={place.id}>
            <button
              type="button"
              className="athar-cluster-list__button"
              data-place-choice={place.id}
              onClick={() => onChoosePlace(place.id)}
            >
              <bdi
                className={
                  place.kind === 'country' ? 'athar-cluster-list__name--country' : undefined
                }
              >
                {place.name[lang]}
              </bdi>
              <span className="athar-cluster-list__count">
                {t('cluster.events', { count: events.length })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="athar-cluster-zoom" onClick={onZoomIn}>
        {t('cluster.zoomIn')}
      </button>
    </div>
  );
}
