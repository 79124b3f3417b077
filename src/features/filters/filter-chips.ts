import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { isolate } from '../../domain/text/isolate';
import { formatDateShort } from '../../i18n/format-date';
import type { FilterChip } from './filter-chip';
import type { Translate } from '../../i18n/i18n';

export interface ActiveFilters {
  actors: readonly string[];
  places: readonly string[];
  types: readonly string[];
  from: string | null;
  to: string | null;
  q: string;
}

/** Keeps text of unknown direction (the user's search) from reordering the words around it. */

/**
 * One chip per active filter, in a fixed order (actors, types, places, time, search), with
 * names in `lang`. Ids the corpus does not know are shown as they are.
 */
export function filterChips(
  index: CorpusIndex,
  lang: 'ar' | 'en',
  filters: ActiveFilters,
  t: Translate,
): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const id of filters.actors) {
    const name = index.actorsById.get(id)?.name[lang] ?? id;
    chips.push({
      key: `actors:${id}`,
      label: t('chip.actor', { name }),
      target: { key: 'actors', id },
    });
  }
  for (const id of filters.types) {
    const name = t(`event:type.${id}`, { defaultValue: id });
    chips.push({
      key: `types:${id}`,
      label: t('chip.type', { name }),
      target: { key: 'types', id },
    });
  }
  for (const id of filters.places) {
    const name = index.placesById.get(id)?.name[lang] ?? id;
    chips.push({
      key: `places:${id}`,
      label: t('chip.place', { name }),
      target: { key: 'places', id },
    });
  }
  if (filters.from || filters.to) {
    const day = (iso: string) => formatDateShort({ start: iso, end: iso, precision: 'day' }, lang);
    const label =
      filters.from && filters.to
        ? t('chip.between', { from: day(filters.from), to: day(filters.to) })
        : filters.from
          ? t('chip.from', { from: day(filters.from) })
          : t('chip.to', { to: day(filters.to as string) });
    chips.push({ key: 'time', label, target: { key: 'time' } });
  }
  if (filters.q.trim()) {
    chips.push({
      key: 'q',
      label: t('chip.q', { q: isolate(filters.q.trim()) }),
      target: { key: 'q' },
    });
  }
  return chips;
}
