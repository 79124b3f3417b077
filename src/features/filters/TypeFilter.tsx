import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { eventTypes, type CorpusEvent, type EventType } from '../../domain/corpus/schema';
import { EVENT_TYPE_STYLE } from '../../ui/event-type-style';
import './TypeFilter.css';

export interface TypeFilterProps {
  index: CorpusIndex;
  lang: 'ar' | 'en';
  /** Event types in the filter. */
  selected: readonly string[];
  onToggle(type: string): void;
  /**
   * The events that pass every other filter (actors, places, time, search): each type counts
   * those, so the numbers agree with the list. Without it, the whole corpus is counted.
   */
  among?: readonly CorpusEvent[];
}

/**
 * A checkbox per event type present in the corpus (in the schema's order), with how many of
 * the events the other filters leave are of that type (0 keeps its place: nothing moves).
 */
export function TypeFilter({ index, lang, selected, onToggle, among }: TypeFilterProps) {
  const { t } = useTranslation(['filters', 'event'], { lng: lang });
  const counts = useMemo(() => {
    const present = new Set(index.events.map((e) => e.type));
    const byType = new Map<EventType, number>();
    for (const e of among ?? index.events) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    return eventTypes.flatMap((type) =>
      present.has(type) ? [{ type, count: byType.get(type) ?? 0 }] : [],
    );
  }, [index, among]);
  const chosen = new Set(selected);
  const hintId = useId();

  return (
    <fieldset className="type-filter" aria-describedby={hintId}>
      <legend>{t('types.legend')}</legend>
      {/* What an empty set of ticks means is not obvious: say it. */}
      <p className="type-filter__hint" id={hintId}>
        {t(selected.length === 0 ? 'types.noneTicked' : 'types.onlyTicked')}
      </p>
      <ul className="type-filter__list">
        {counts.map(({ type, count }) => {
          const style = EVENT_TYPE_STYLE[type];
          return (
            <li key={type}>
              <label className="type-filter__option">
                <input type="checkbox" checked={chosen.has(type)} onChange={() => onToggle(type)} />
                <span
                  className={`type-filter__glyph type-filter__glyph--${style.shape}`}
                  style={{ backgroundColor: style.color }}
                  aria-hidden="true"
                >
                  {style.glyph}
                </span>
                <span className="type-filter__name">{t(`event:type.${type}`)}</span>
                <span className="type-filter__count" aria-hidden="true">
                  {count}
                </span>
                <span className="visually-hidden">{t('types.count', { count })}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
