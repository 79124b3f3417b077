import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { searchCorpus } from '../../domain/search/search-corpus';
import { isolate } from '../../domain/text/isolate';
import { SearchHitContent, type SearchHitItem } from './SearchHitContent';
import './SearchResults.css';

export interface SearchResultsProps {
  index: CorpusIndex;
  lang: 'ar' | 'en';
  /** The search text (the URL's q). Nothing is shown while it is blank. */
  query: string;
  onSelectEvent(id: string): void;
  onSelectActor(id: string): void;
  onSelectPlace(id: string): void;
  onOpenSentence(documentId: string, sentenceIndex: number): void;
  /** Results shown per group (the counts give all). */
  limit?: number;
}

const GROUPS = ['events', 'actors', 'places', 'sentences'] as const;

/**
 * Search results grouped as events, actors, places and sentences of the sources, with the
 * matched words marked. Keyboard first: the results are one list of buttons with a single tab
 * stop; ↑ ↓ Home End move, Enter opens.
 */
export function SearchResults({
  index,
  lang,
  query,
  onSelectEvent,
  onSelectActor,
  onSelectPlace,
  onOpenSentence,
  limit = 8,
}: SearchResultsProps) {
  const { t } = useTranslation('search', { lng: lang });
  const id = useId();
  const rootRef = useRef<HTMLElement>(null);
  const results = useMemo(() => searchCorpus(index, query, limit), [index, query, limit]);
  // The active (tabbable) result; back to the first when the query changes.
  const [active, setActive] = useState({ query, at: 0 });
  const activeAt = active.query === query ? active.at : 0;

  if (query.trim() === '') return null;

  const groups = GROUPS.map((group) => ({
    group,
    count: results.counts[group],
    items: (group === 'sentences'
      ? results.sentences.map((hit) => ({ group, hit }))
      : results[group].map((hit) => ({ group, hit }))) as SearchHitItem[],
  })).filter((g) => g.count > 0);
  const total = GROUPS.reduce((sum, g) => sum + results.counts[g], 0);

  const open = (item: SearchHitItem) => {
    if (item.group === 'sentences') onOpenSentence(item.hit.documentId, item.hit.sentenceIndex);
    else if (item.group === 'events') onSelectEvent(item.hit.id);
    else if (item.group === 'actors') onSelectActor(item.hit.id);
    else onSelectPlace(item.hit.id);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [
      ...(rootRef.current?.querySelectorAll<HTMLButtonElement>('button[data-search-item]') ?? []),
    ];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (buttons.length === 0 || current < 0) return;
    const next =
      e.key === 'ArrowDown'
        ? Math.min(current + 1, buttons.length - 1)
        : e.key === 'ArrowUp'
          ? Math.max(current - 1, 0)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? buttons.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    setActive({ query, at: next });
    buttons[next]?.focus();
  };

  let position = 0;
  return (
    <section
      ref={rootRef}
      className="search-results"
      aria-label={t('label')}
      onKeyDown={onKeyDown}
      data-search-results=""
    >
      <p className="search-results__summary" role="status">
        {total > 0
          ? t('summary', { count: total, query: isolate(query.trim()) })
          : t('none', { query: isolate(query.trim()) })}
      </p>
      {total === 0 ? (
        <p className="search-results__hint">{t('noneHint')}</p>
      ) : (
        <>
          <p className="search-results__hint">{t('hint')}</p>
          {groups.map(({ group, count, items }) => (
            <div key={group} className="search-results__group">
              <h3 id={`${id}-${group}`} className="search-results__heading">
                {t(`group.${group}`)}
                <span className="search-results__count">{count}</span>
              </h3>
              <ul className="search-results__list" aria-labelledby={`${id}-${group}`}>
                {items.map((item) => {
                  const at = position++;
                  const key =
                    item.group === 'sentences'
                      ? `${item.hit.documentId}#${item.hit.sentenceIndex}`
                      : item.hit.id;
                  return (
                    <li key={key}>
                      <button
                        type="button"
                        className="search-hit"
                        data-search-item=""
                        tabIndex={at === activeAt ? 0 : -1}
                        onFocus={() => setActive({ query, at })}
                        onClick={() => open(item)}
                      >
                        <SearchHitContent index={index} lang={lang} item={item} />
                      </button>
                    </li>
                  );
                })}
              </ul>
              {count > items.length ? (
                <p className="search-results__more">{t('more', { shown: items.length, count })}</p>
              ) : null}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
