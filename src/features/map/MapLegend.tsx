import { useState } from 'react';
import './map-strings';
import { useTranslation } from 'react-i18next';
import type { EventType } from '../../domain/corpus/schema';
import { EVENT_TYPE_STYLE } from '../../ui/event-type-style';

interface MapLegendProps {
  lang: 'ar' | 'en';
  /** The event types of the shown events, in the order of the legend. */
  types: readonly EventType[];
  /** Open at first (a wide map has room for it). */
  initiallyOpen: boolean;
}

/** What the map's marks mean: type colours of the rings, country-level places, clusters, towns. */
export function MapLegend({ lang, types, initiallyOpen }: MapLegendProps) {
  const { t } = useTranslation('map', { lng: lang });
  const { t: te } = useTranslation('event', { lng: lang });
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details
      className="athar-legend"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      lang={lang}
    >
      <summary>{t('legend.title')}</summary>
      <ul className="athar-legend__list">
        {types.map((type) => (
          <li key={type}>
            <span
              className="athar-legend__swatch"
              aria-hidden="true"
              style={{ background: EVENT_TYPE_STYLE[type].color }}
            >
              {EVENT_TYPE_STYLE[type].glyph}
            </span>
            {te(`type.${type}`)}
          </li>
        ))}
        <li>
          <span className="athar-legend__mark athar-legend__mark--ring" aria-hidden="true" />
          {t('legend.ring')}
        </li>
        <li>
          <span className="athar-legend__mark athar-legend__mark--country" aria-hidden="true" />
          {t('legend.country')}
        </li>
        <li>
          <span className="athar-legend__mark athar-legend__mark--cluster" aria-hidden="true" />
          {t('legend.cluster')}
        </li>
        <li>
          <span className="athar-legend__mark athar-legend__mark--town" aria-hidden="true" />
          {t('legend.town')}
        </li>
      </ul>
    </details>
  );
}
