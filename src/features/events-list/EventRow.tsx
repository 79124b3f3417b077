import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { CorpusEvent } from '../../domain/corpus/schema';
import { formatDateShort } from '../../i18n/format-date';
import { EVENT_TYPE_STYLE } from '../../ui/event-type-style';
import type { HoverSource } from '../../ui/hover-store';
import { useHovered } from '../../ui/useHovered';
import { CERTAINTY_GLYPH } from './certainty-glyph';
import { actorSummary } from './actor-summary';
import { dateCertainty } from './date-certainty';
import './EventRow.css';

export interface EventRowProps {
  event: CorpusEvent;
  index: CorpusIndex;
  lang: 'ar' | 'en';
  /** Position in the whole list (0-based) and the list's length, for assistive tech. */
  position: number;
  size: number;
  /** Where the row sits in the scrolled list and how tall it is, in CSS pixels. */
  top: number;
  height: number;
  selected: boolean;
  /** The hovered event (the row re-renders when it starts or stops being the one). */
  hovered: HoverSource;
  /** The one row reachable with Tab (roving tabindex). */
  tabbable: boolean;
  onSelect(id: string): void;
  onHover(id: string | null): void;
}

/** One event in the list: date (marked when uncertain), type, title, place and actors. */
export const EventRow = memo(function EventRow({
  event,
  index,
  lang,
  position,
  size,
  top,
  height,
  selected,
  hovered,
  tabbable,
  onSelect,
  onHover,
}: EventRowProps) {
  const { t } = useTranslation(['list', 'event'], { lng: lang });
  const style = EVENT_TYPE_STYLE[event.type];
  const certainty = dateCertainty(event.date);
  const place = event.place ? index.placesById.get(event.place) : undefined;
  const placeName = place ? place.name[lang] : event.place;
  const { names, more } = actorSummary(event, index, lang);
  const isHovered = useHovered(hovered, (id) => id === event.id);
  const classes = ['event-row'];
  if (selected) classes.push('event-row--selected');
  if (isHovered) classes.push('event-row--hovered');

  return (
    <li
      className={classes.join(' ')}
      style={{ insetBlockStart: top, blockSize: height }}
      aria-posinset={position + 1}
      aria-setsize={size}
      onMouseEnter={() => onHover(event.id)}
      onMouseLeave={() => onHover(null)}
    >
      <button
        type="button"
        className="event-row__button"
        data-index={position}
        data-event-id={event.id}
        tabIndex={tabbable ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(event.id)}
      >
        <span
          className={`event-row__glyph event-row__glyph--${style.shape}`}
          style={{ backgroundColor: style.color }}
          aria-hidden="true"
        >
          {style.glyph}
        </span>
        <span className="event-row__meta">
          <span className={`event-row__date event-row__date--${certainty}`}>
            {certainty !== 'exact' ? (
              <span
                className="event-row__certainty"
                aria-hidden="true"
                title={t(`certainty.${certainty}`)}
              >
                {CERTAINTY_GLYPH[certainty]}
              </span>
            ) : null}
            <bdi className="event-row__date-text">{formatDateShort(event.date, lang)}</bdi>
            {certainty !== 'exact' ? (
              <span className="visually-hidden"> {t(`certainty.${certainty}`)}</span>
            ) : null}
          </span>
          <span className="event-row__type" style={{ color: style.color }}>
            {t(`event:type.${event.type}`)}
          </span>
          {event.plan ? (
            <span className="event-row__plan">{t(`event:planStatus.${event.plan.status}`)}</span>
          ) : null}
        </span>
        <span className="event-row__title">{event.title[lang]}</span>
        <span className="event-row__where">
          {placeName ? <span className="event-row__place">{placeName}</span> : null}
          {names.length > 0 ? (
            <span className="event-row__actors">
              <span className="event-row__names">
                {/* Each name isolated: an override or another script in one cannot reorder the rest. */}
                {names.map((name, i) => (
                  <span key={i}>
                    {i > 0 ? t('separator') : null}
                    <bdi>{name}</bdi>
                  </span>
                ))}
              </span>
              {more > 0 ? (
                <>
                  <span className="event-row__more" aria-hidden="true">
                    {t('moreShort', { count: more })}
                  </span>
                  <span className="visually-hidden"> {t('more', { count: more })}</span>
                </>
              ) : null}
            </span>
          ) : null}
        </span>
      </button>
    </li>
  );
});
