import './timeline-strings';
import { useTranslation } from 'react-i18next';
import type { EventType } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';
import { EVENT_TYPE_STYLE } from '../../ui/event-type-style';
import type { Certainty } from './timeline-event-item';

interface TimelineLegendProps {
  /** The event types to list (those present), in display order. */
  types: readonly EventType[];
  lang: Language;
}

const CERTAINTIES: readonly Certainty[] = ['exact', 'approximate', 'reported'];

/**
 * The key to the timeline: each event type present with its colour, shape, glyph and name,
 * how exact and uncertain dates are drawn, and what a bin of many events looks like. Folded
 * to one line under the timeline; opened, it lies over the timeline instead of shrinking it.
 */
export function TimelineLegend({ types, lang }: TimelineLegendProps) {
  const { t } = useTranslation('timeline', { lng: lang });
  return (
    <details className="tl-legend">
      <summary className="tl-legend__summary">{t('legend.title')}</summary>
      <section className="tl-legend__panel" aria-label={t('legend.title')}>
        <div className="tl-legend__group">
          <h3 className="tl-legend__heading">{t('legend.types')}</h3>
          <ul className="tl-legend__list">
            {types.map((type) => {
              const style = EVENT_TYPE_STYLE[type];
              return (
                <li key={type} className="tl-legend__entry" data-type={type}>
                  <span
                    className={`tl-legend__swatch tl-shape-${style.shape}`}
                    style={{ color: style.color }}
                    aria-hidden="true"
                  />
                  <span
                    className="tl-legend__glyph"
                    style={{ color: style.color }}
                    aria-hidden="true"
                  >
                    {style.glyph}
                  </span>
                  <span>{t(`types.${type}`)}</span>
                </li>
              );
            })}
          </ul>
        </div>
        <div className="tl-legend__group">
          <h3 className="tl-legend__heading">{t('legend.dates')}</h3>
          <ul className="tl-legend__list">
            {CERTAINTIES.map((certainty) => (
              <li key={certainty} className="tl-legend__entry" data-certainty={certainty}>
                <span
                  className={`tl-legend__date tl-legend__date--${certainty}`}
                  aria-hidden="true"
                />
                <span>{t(`legend.${certainty}`)}</span>
              </li>
            ))}
            <li className="tl-legend__entry" data-legend="bin">
              <span className="tl-legend__bin" aria-hidden="true">
                12
              </span>
              <span>{t('legend.bin')}</span>
            </li>
          </ul>
        </div>
      </section>
    </details>
  );
}
