import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { ActorDetails } from './ActorDetails';
import { ActorModeRadios } from './ActorModeRadios';
import { ActorList } from './ActorList';
import { actorEntries } from './actor-entries';
import { actorSearchKeys } from './actor-search-keys';
import { foldForSearch } from './fold-for-search';
import { groupActors } from './group-actors';
import './ActorPanel.css';

export interface ActorPanelProps {
  index: CorpusIndex;
  lang: 'ar' | 'en';
  /** Events after the other filters: rows show "n of m events". */
  visibleEventIds: ReadonlySet<string>;
  /** Actor ids in the filter. */
  filter: readonly string[];
  /** Events with any / all of the actors in the filter. */
  mode: 'any' | 'all';
  /** Actor whose details are open. */
  selectedActorId: string | null;
  onToggleFilter(id: string): void;
  onModeChange(mode: 'any' | 'all'): void;
  onSelectActor(id: string | null): void;
}

/** Where focus goes after the user opens or closes details from inside the panel. */
type FocusAfter = { to: 'details' } | { to: 'row'; id: string } | null;

/**
 * Every actor of the corpus, grouped by kind, with a filter checkbox each (a windowed list:
 * ActorList), a name search, the any/all choice when 2+ actors are in the filter, and the
 * selected actor's details.
 */
export function ActorPanel({
  index,
  lang,
  visibleEventIds,
  filter,
  mode,
  selectedActorId,
  onToggleFilter,
  onModeChange,
  onSelectActor,
}: ActorPanelProps) {
  const { t } = useTranslation('actors', { lng: lang });
  const [query, setQuery] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfter = useRef<FocusAfter>(null);
  const detailsId = useId();
  const searchId = useId();

  const entries = useMemo(() => actorEntries(index, visibleEventIds), [index, visibleEventIds]);
  const searchKeys = useMemo(() => actorSearchKeys(index), [index]);
  const folded = foldForSearch(query);
  const groups = useMemo(
    () =>
      groupActors(entries, lang, (e) =>
        folded ? (searchKeys.get(e.actor.id) ?? '').includes(folded) : true,
      ),
    [entries, lang, folded, searchKeys],
  );
  const inFilter = useMemo(() => new Set(filter), [filter]);
  const partial = visibleEventIds.size < index.events.length;
  const selected = selectedActorId
    ? entries.find((e) => e.actor.id === selectedActorId)
    : undefined;

  const select = useCallback(
    (id: string | null) => {
      focusAfter.current =
        id !== null
          ? { to: 'details' }
          : selectedActorId
            ? { to: 'row', id: selectedActorId }
            : null;
      onSelectActor(id);
    },
    [onSelectActor, selectedActorId],
  );

  // Only after the user acts in the panel; a selection made elsewhere leaves focus alone.
  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (!target) return;
    const element =
      target.to === 'details'
        ? headingRef.current
        : [...(rootRef.current?.querySelectorAll<HTMLElement>('[data-actor-id]') ?? [])].find(
            (el) => el.dataset.actorId === target.id,
          );
    element?.focus({ preventScroll: true });
    element?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedActorId]);

  return (
    <div className="actor-panel" ref={rootRef}>
      {selected ? (
        <ActorDetails
          key={selected.actor.id}
          index={index}
          lang={lang}
          entry={selected}
          partial={partial}
          inFilter={inFilter.has(selected.actor.id)}
          id={detailsId}
          headingRef={headingRef}
          onToggleFilter={onToggleFilter}
          onSelectActor={select}
        />
      ) : null}
      <div className="actor-panel__search">
        <label htmlFor={searchId}>{t('search.label')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {filter.length >= 2 ? (
        <ActorModeRadios lang={lang} mode={mode} onModeChange={onModeChange} />
      ) : null}
      {groups.length === 0 ? (
        <p className="actor-panel__none">{t('search.none', { query: query.trim() })}</p>
      ) : (
        <ActorList
          index={index}
          lang={lang}
          groups={groups}
          inFilter={inFilter}
          selectedActorId={selectedActorId}
          partial={partial}
          detailsId={detailsId}
          resetKey={folded}
          onToggleFilter={onToggleFilter}
          onSelect={select}
        />
      )}
    </div>
  );
}
