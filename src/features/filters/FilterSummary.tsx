import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { RemoveTarget } from './filter-chip';
import { filterChips } from './filter-chips';
import { filterDescription } from './filter-description';
import './FilterSummary.css';

export interface FilterSummaryProps {
  index: CorpusIndex;
  lang: 'ar' | 'en';
  actors: readonly string[];
  mode: 'any' | 'all';
  places: readonly string[];
  types: readonly string[];
  from: string | null;
  to: string | null;
  q: string;
  /** Events shown / in the corpus. */
  shown: number;
  total: number;
  onRemove(what: RemoveTarget): void;
  onClearAll(): void;
}

/**
 * "Showing 7 of 28 events", then one removable chip per active filter and "Clear all";
 * just the count when no filter is active. The count is a polite live region, followed by a
 * hidden one that says the filters in words, so that a change is heard as "Showing 7 of 28
 * events — with Hulusi Akar".
 */
export function FilterSummary({
  index,
  lang,
  actors,
  mode,
  places,
  types,
  from,
  to,
  q,
  shown,
  total,
  onRemove,
  onClearAll,
}: FilterSummaryProps) {
  const { t } = useTranslation(['filters', 'event'], { lng: lang });
  const chips = filterChips(index, lang, { actors, places, types, from, to, q }, t);
  const description = filterDescription(
    index,
    lang,
    { actors, mode, places, types, from, to, q },
    t,
  );
  const countRef = useRef<HTMLParagraphElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  /** After a chip goes, focus the chip now at its place (or the count when none is left). */
  const refocusAt = useRef<number | null>(null);
  const chipKeys = chips.map((c) => c.key).join('|');

  useEffect(() => {
    const at = refocusAt.current;
    refocusAt.current = null;
    if (at === null) return;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    const target = buttons[Math.min(at, buttons.length - 1)] ?? countRef.current;
    target?.focus();
  }, [chipKeys]);

  const count =
    chips.length === 0 && shown === total
      ? t('all', { count: total })
      : t('showing', { count: total, shown });

  return (
    <section className="filter-summary" aria-label={t('regionLabel')}>
      <p className="filter-summary__count" role="status" ref={countRef} tabIndex={-1}>
        {count}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {description}
      </p>
      {chips.length > 0 ? (
        <>
          <ul className="filter-summary__chips" aria-label={t('label')} ref={listRef}>
            {actors.length >= 2 ? (
              <li className="filter-summary__mode">{t(`actorMode.${mode}`)}</li>
            ) : null}
            {chips.map((chip, i) => (
              <li key={chip.key} className="filter-chip">
                <span className="filter-chip__body">
                  <span className="filter-chip__label">{chip.label}</span>
                  <button
                    type="button"
                    className="filter-chip__remove"
                    aria-label={t('remove', { label: chip.label })}
                    title={t('remove', { label: chip.label })}
                    onClick={() => {
                      refocusAt.current = i;
                      onRemove(chip.target);
                    }}
                  >
                    <svg
                      viewBox="0 0 12 12"
                      width="10"
                      height="10"
                      aria-hidden="true"
                      focusable="false"
                    >
                      <path d="M2 2 10 10M10 2 2 10" stroke="currentColor" strokeWidth="2" />
                    </svg>
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {/* One filter has its own ✕: "Clear all" only when there is more than one. */}
          {chips.length > 1 && (
            <button
              type="button"
              className="filter-summary__clear"
              onClick={() => {
                refocusAt.current = 0;
                onClearAll();
              }}
            >
              {t('clearAll')}
            </button>
          )}
        </>
      ) : null}
    </section>
  );
}
