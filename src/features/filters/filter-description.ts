import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { isolate } from '../../domain/text/isolate';
import { formatDateShort } from '../../i18n/format-date';
import type { ActiveFilters } from './filter-chips';
import type { Translate } from '../../i18n/i18n';

/** Keeps text of unknown direction (the user's search) from reordering the words around it. */

/**
 * The active filters in words, to follow the count in an announcement ("Showing 7 of 28
 * events" … "with Hulusi Akar, in Tripoli"); '' when no filter is active. Names are in
 * `lang`; ids the corpus does not know are said as they are. Each name is isolated (FSI…PDI), so
 * that a right-to-left override in one cannot reverse the names after it.
 */
export function filterDescription(
  index: CorpusIndex,
  lang: 'ar' | 'en',
  filters: ActiveFilters & { mode: 'any' | 'all' },
  t: Translate,
): string {
  const list = (names: string[], joiner: 'or' | 'and') =>
    names.length <= 1
      ? (names[0] ?? '')
      : `${names.slice(0, -1).join(t('describe.comma'))}${t(`describe.${joiner}`)}${names.at(-1) ?? ''}`;
  const parts: string[] = [];
  if (filters.actors.length > 0) {
    const names = filters.actors.map((id) => isolate(index.actorsById.get(id)?.name[lang] ?? id));
    parts.push(t('describe.actors', { names: list(names, filters.mode === 'all' ? 'and' : 'or') }));
  }
  if (filters.types.length > 0) {
    const names = filters.types.map((id) => t(`event:type.${id}`, { defaultValue: id }));
    parts.push(t('describe.types', { names: list(names, 'or') }));
  }
  if (filters.places.length > 0) {
    const names = filters.places.map((id) => isolate(index.placesById.get(id)?.name[lang] ?? id));
    parts.push(t('describe.places', { names: list(names, 'or') }));
  }
  if (filters.from || filters.to) {
    const day = (iso: string) => formatDateShort({ start: iso, end: iso, precision: 'day' }, lang);
    parts.push(
      filters.from && filters.to
        ? t('describe.between', { from: day(filters.from), to: day(filters.to) })
        : filters.from
          ? t('describe.from', { from: day(filters.from) })
          : t('describe.to', { to: day(filters.to as string) }),
    );
  }
  if (filters.q.trim()) parts.push(t('describe.q', { q: isolate(filters.q.trim()) }));
  return parts.join(t('describe.separator'));
}
