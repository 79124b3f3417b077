import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorEntry } from './actor-entry';
import { otherLanguage } from './other-language';
import './ActorRow.css';

export interface ActorRowProps {
  entry: ActorEntry;
  lang: 'ar' | 'en';
  /** Name of the actor's affiliation in `lang`, or null. */
  affiliationName: string | null;
  inFilter: boolean;
  selected: boolean;
  /** True when some events are hidden by the other filters: show "n of m events". */
  partial: boolean;
  /** id of the details section, which the name button controls when this actor is selected. */
  detailsId: string;
  /** Where the row sits in its group's list and how tall it is, in CSS pixels. */
  top: number;
  height: number;
  onToggleFilter(id: string): void;
  onSelect(id: string | null): void;
}

/**
 * One actor in the panel: a filter checkbox, the name (opens details), role and counts, in a
 * row of fixed height placed by the list (ActorList).
 */
export const ActorRow = memo(function ActorRow({
  entry,
  lang,
  affiliationName,
  inFilter,
  selected,
  partial,
  detailsId,
  top,
  height,
  onToggleFilter,
  onSelect,
}: ActorRowProps) {
  const { t } = useTranslation('actors', { lng: lang });
  const { actor } = entry;
  const other = otherLanguage(lang);
  const classes = ['actor-row'];
  if (inFilter) classes.push('actor-row--in-filter');
  if (selected) classes.push('actor-row--selected');
  return (
    <li
      className={classes.join(' ')}
      data-actor={actor.id}
      style={{ insetBlockStart: top, blockSize: height }}
    >
      <label className="actor-row__toggle">
        <input type="checkbox" checked={inFilter} onChange={() => onToggleFilter(actor.id)} />
        <span className="visually-hidden">{t('filterBy', { name: actor.name[lang] })}</span>
      </label>
      <div className="actor-row__body">
        <button
          type="button"
          className="actor-row__name"
          data-actor-id={actor.id}
          aria-expanded={selected}
          aria-controls={selected ? detailsId : undefined}
          onClick={() => onSelect(selected ? null : actor.id)}
        >
          {actor.name[lang]}
        </button>
        <span className="actor-row__other">
          <bdi lang={other}>{actor.name[other]}</bdi>
        </span>
        {/* One line each (the row has a fixed height): the whole text on hover. */}
        <span className="actor-row__role" title={actor.role[lang]}>
          {actor.role[lang]}
        </span>
        {affiliationName ? (
          <span className="actor-row__affiliation" title={affiliationName}>
            {t('affiliation', { name: affiliationName })}
          </span>
        ) : null}
      </div>
      <div className="actor-row__counts">
        <span>
          {partial
            ? t('eventsOf', { count: entry.events, visible: entry.visible })
            : t('events', { count: entry.events })}
        </span>
        <span>{t('mentions', { count: entry.mentions })}</span>
      </div>
    </li>
  );
});
