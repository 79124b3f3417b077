import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../domain/corpus/corpus-index';
import type { CorpusEvent } from '../domain/corpus/schema';
import { ActorPanel } from '../features/actors/ActorPanel';
import { EventList } from '../features/events-list/EventList';
import { ExportMenu } from '../features/export/ExportMenu';
import { TypeFilter } from '../features/filters/TypeFilter';
import { NetworkView } from '../features/network/NetworkView';
import { SearchResults } from '../features/search/SearchResults';
import { ViewBoundary } from '../features/view-boundary/ViewBoundary';
import type { Language } from '../i18n/i18n';
import type { ViewState } from '../url-state';
import { toggle } from './toggle';
import type { ListTab } from './useExplorerView';

interface SidePanelProps {
  index: CorpusIndex;
  lang: Language;
  state: ViewState;
  events: readonly CorpusEvent[];
  visibleEventIds: ReadonlySet<string>;
  hoveredId: string | null;
  onHover(id: string | null): void;
  onSelectEvent(id: string | null): void;
  update(patch: Partial<ViewState>): void;
  /** False while the search index is still being built for a search (see useSearchIndexReady). */
  searchReady?: boolean;
  /** The tab in front (chosen by the explorer: a selection brings its view to the front). */
  tab: Tab;
  onTab(tab: Tab): void;
  /** The reading column (event, evidence, source) as a fourth tab, on wide screens. */
  reading?: ReactNode;
  /** The first-run welcome card, above the list. */
  welcome?: ReactNode;
  /** Whether the event types start open (wide screens; on a phone the list comes first). */
  typesOpen: boolean;
  /** The event whose detail was just closed: its row takes focus when the list comes back. */
  returnTo?: string | null;
  /** The events that pass every filter but the types: what the type counts count. */
  typeCountEvents?: readonly CorpusEvent[];
}

type Tab = ListTab | 'source';

/** The event list, the actor panel, who meets whom and (on wide screens) the reading column. */
export function SidePanel(props: SidePanelProps) {
  const { index, lang, state, events, update, tab, onTab: setTab } = props;
  const { t } = useTranslation();
  const tabs: Tab[] = props.reading
    ? ['events', 'actors', 'network', 'source']
    : ['events', 'actors', 'network'];
  return (
    // The list tabs are the side panel; the reading column (Source) is the page's content.
    <div className="side-column">
      <div role="tablist" className="tabs" aria-label={t('sideLabel')}>
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-controls={`panel-${name}`}
            aria-selected={tab === name}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
                // Arrows move along the tabs in reading order, mirrored in Arabic.
                const forward = (e.key === 'ArrowRight') !== (lang === 'ar');
                const next =
                  tabs[(tabs.indexOf(tab) + (forward ? 1 : tabs.length - 1)) % tabs.length] ?? tab;
                setTab(next);
                document.getElementById(`tab-${next}`)?.focus();
              }
            }}
          >
            {name === 'source' ? t('layout:tab.source') : t(`tab.${name}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className={tab === 'source' ? 'tabs__panel' : 'tabs__panel explorer__side'}
      >
        {tab === 'source' ? (
          props.reading
        ) : tab === 'events' ? (
          <>
            {props.welcome}
            {state.q.trim() && props.searchReady === false ? (
              <p className="side__search-preparing" role="status">
                {t('searchPreparing')}
              </p>
            ) : state.q.trim() ? (
              <SearchResults
                index={index}
                lang={lang}
                query={state.q}
                onSelectEvent={(id) => props.onSelectEvent(id)}
                onSelectActor={(actor) => update({ actor })}
                onSelectPlace={(place) => update({ place })}
                onOpenSentence={(doc) => update({ doc })}
              />
            ) : null}
            <details className="side__types" open={props.typesOpen}>
              <summary>{t('typesSummary', { count: state.types.length })}</summary>
              <TypeFilter
                index={index}
                lang={lang}
                selected={[...state.types]}
                onToggle={(type) => update({ types: toggle(state.types, type) })}
                {...(props.typeCountEvents ? { among: props.typeCountEvents } : {})}
              />
            </details>
            <div className="explorer__count-row">
              <h2 className="explorer__count">{t('eventCount', { count: events.length })}</h2>
              <ExportMenu index={index} events={events} lang={lang} />
            </div>
            <ViewBoundary view="events" lang={lang}>
              <EventList
                index={index}
                events={events}
                lang={lang}
                selectedId={state.event}
                hoveredId={props.hoveredId}
                onSelect={(id) => props.onSelectEvent(id)}
                onHover={props.onHover}
                returnTo={props.returnTo ?? null}
              />
            </ViewBoundary>
          </>
        ) : tab === 'network' ? (
          <NetworkView
            index={index}
            lang={lang}
            eventIds={props.visibleEventIds}
            selectedActorId={state.actor}
            filter={[...state.actors]}
            onSelectActor={(actor) => update({ actor })}
            onToggleFilter={(id) => update({ actors: toggle(state.actors, id) })}
          />
        ) : (
          <ViewBoundary view="actors" lang={lang}>
            <ActorPanel
              index={index}
              lang={lang}
              visibleEventIds={props.visibleEventIds}
              filter={[...state.actors]}
              mode={state.actorMode}
              selectedActorId={state.actor}
              onToggleFilter={(id) => update({ actors: toggle(state.actors, id) })}
              onModeChange={(actorMode) => update({ actorMode })}
              onSelectActor={(actor) => update({ actor })}
            />
          </ViewBoundary>
        )}
      </div>
    </div>
  );
}
