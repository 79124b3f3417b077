import { useTranslation } from 'react-i18next';

/** What the sizes, lines, colours and rings of the network mean. */
export function NetworkLegend({ lang }: { lang: 'ar' | 'en' }) {
  const { t } = useTranslation('network', { lng: lang });
  return (
    <div className="network-legend">
      <span className="network-legend__title">{t('legend.title')}</span>
      <ul className="network-legend__list">
        <li>
          <svg width="34" height="20" aria-hidden="true">
            <circle className="network-legend__dot" cx="6" cy="10" r="4" />
            <circle className="network-legend__dot" cx="23" cy="10" r="9" />
          </svg>
          {t('legend.size')}
        </li>
        <li>
          <svg width="34" height="20" aria-hidden="true">
            <line className="network-legend__line" x1="2" y1="6" x2="32" y2="6" strokeWidth="1" />
            <line className="network-legend__line" x1="2" y1="14" x2="32" y2="14" strokeWidth="5" />
          </svg>
          {t('legend.width')}
        </li>
        <li>
          <svg width="34" height="20" aria-hidden="true">
            <circle
              className="network-legend__dot network-legend__dot--selected"
              cx="9"
              cy="10"
              r="7"
            />
            <circle
              className="network-legend__dot network-legend__dot--neighbour"
              cx="26"
              cy="10"
              r="5"
            />
          </svg>
          {t('legend.selected')}
        </li>
        <li>
          <svg width="34" height="20" aria-hidden="true">
            <circle className="network-legend__ring" cx="17" cy="10" r="8" />
            <circle className="network-legend__dot" cx="17" cy="10" r="5.5" />
          </svg>
          {t('legend.filter')}
        </li>
      </ul>
    </div>
  );
}
