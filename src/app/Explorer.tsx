import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../domain/corpus-index';
import { filterEvents } from '../domain/filter-events';
import { memoPerObject } from '../domain/memo-per-object';
import type { CorpusEvent } from '../domain/schema';
import { FilterSummary } from '../features/filters/FilterSummary';
import { useStoryLayer } from '../features/story/useStoryLayer';
import { RefusedNotice } from '../features/notices/RefusedNotice';
import { UrlNotice } from '../features/notices/UrlNotice';
import { ViewBoundary } from '../features/view-boundary/ViewBoundary';
import type { Language } from '../i18n/i18n';
import type { ViewStateHandle } from '../url-state';
import { DetailPanel } from './DetailPanel';
import { Header } from './Header';
import { knownIds } from './known-ids';
import { SidePanel } from './SidePanel';
import { PhoneLayout } from './PhoneLayout';
import { StageLayout } from './StageLayout';
import { useEventFilters } from './useEventFilters';
import { useExplorerView } from './useExplorerView';
import { useMediaQuery } from './useMediaQuery';
import { useStoredFlag } from './useStoredFlag';
import { WelcomeCard } from './WelcomeCard';
import { useSearchIndexReady } from './useSearchIndexReady';

// Leaflet and vis-timeline are the heaviest parts: they load after the first paint.
const MapView = lazy(() => import('../features/map/MapView').then((m) => ({ default: m.MapView })));
const TimelineView = lazy(() =>
  import('../features/timeline/TimelineView').then((m) => ({ default: m.TimelineView })),
);
const TimeControls = lazy(() =>
  import('../features/timeline/TimeControls').then((m) => ({ default: m.TimeControls })),
);

/** Below this width the explorer shows one view at a time (PhoneLayout). */
const PHONE = '(max-width: 699px)';

const idsOf = memoPerObject(
  (events: readonly CorpusEvent[]): ReadonlySet<string> => new Set(events.map((e) => e.id)),
);

interface ExplorerProps {
  index: CorpusIndex;
  view: ViewStateHandle;
  lang: Language;
  /** The corpus badge and Open button, for the header. */
  corpusControls?: ReactNode;
  /** Notices about the corpus (rows left out, a file that failed), below the link notice. */
  notices?: ReactNode;
}

/**
 * The linked views. What each shows is derived from the corpus and the URL state; the only
 * local state is the hovered event.
 */
export function Explorer({ index, view, lang, corpusControls, notices }: ExplorerProps) {
  const { t } = useTranslation();
  const { state, update } = view;
  const [hovered, setHovered] = useState<string | null>(null);
  /** The stretch of time the timeline shows (for the overview strip). */
  const [shownWindow, setShownWindow] = useState<{ start: string; end: string } | null>(null);
  const onShownWindow = useCallback(
    (w: { start: string; end: string }) =>
      setShownWindow((prev) => (prev?.start === w.start && prev.end === w.end ? prev : w)),
    [],
  );
  const onTimelineView = useCallback(
    (w: { start: string; end: string }) => update({ view: w }),
    [update],
  );
  const onAt = useCallback((at: string | null) => update({ at }), [update]);

  // The timeline shows every event that passes the filters but the time filter; the map and
  // the list the time filter (from/to) too. The timeline's own view (pan, zoom) never filters.
  // A search waits for the search index (built in the background): never a frozen page.
  const searchReady = useSearchIndexReady(index, state.q.trim() !== '');
  const filters = useEventFilters(searchReady ? state : { ...state, q: '' });
  const timelineEvents = useMemo(
    () => filterEvents(index, filters.timeline),
    [index, filters.timeline],
  );
  const shownEvents = useMemo(
    () =>
      filters.shown.from !== null || filters.shown.to !== null || filters.shown.at != null
        ? filterEvents(index, filters.shown)
        : timelineEvents,
    [index, filters.shown, timelineEvents],
  );
  const shownIds = idsOf(shownEvents);
  // What the type filter counts: the events every other filter leaves.
  const typeCountEvents = useMemo(
    () => filterEvents(index, { ...filters.shown, types: [] }),
    [index, filters.shown],
  );

  const known = useMemo(() => knownIds(index), [index]);
  const story = useStoryLayer({ index, state, known, lang, navigate: update });
  const selectEntity = useCallback(
    (id: string) => (index.actorsById.has(id) ? update({ actor: id }) : update({ place: id })),
    [index, update],
  );

  const phone = useMediaQuery(PHONE);
  const layout = useExplorerView(state);
  const { showView } = layout;
  const selectEvent = useCallback(
    (id: string | null) => {
      // Choosing the event already selected (its row in the list) brings its detail back.
      if (id !== null && id === state.event) showView('source');
      update({ event: id, doc: null });
    },
    [update, state.event, showView],
  );
  const [welcomed, setWelcomed] = useStoredFlag('athar.welcomed', false);
  const [helpAsked, setHelpAsked] = useState(false);
  const welcome = welcomed ? null : (
    <WelcomeCard
      index={index}
      lang={lang}
      focusOnShow={helpAsked}
      onDismiss={() => {
        setWelcomed(true);
        setHelpAsked(false);
      }}
    />
  );

  const reading = (
    <DetailPanel
      index={index}
      lang={lang}
      state={state}
      onSelectEvent={selectEvent}
      onSelectEntity={selectEntity}
      update={update}
    />
  );
  const side = (
    <SidePanel
      index={index}
      lang={lang}
      state={state}
      events={shownEvents}
      visibleEventIds={shownIds}
      hoveredId={hovered}
      onHover={setHovered}
      onSelectEvent={selectEvent}
      update={update}
      searchReady={searchReady}
      tab={!phone && layout.view === 'source' ? 'source' : layout.listTab}
      onTab={(tab) => (tab === 'source' ? layout.showView('source') : layout.showListTab(tab))}
      reading={phone ? undefined : reading}
      welcome={welcome}
      typesOpen={!phone}
      returnTo={layout.returnTo}
      typeCountEvents={typeCountEvents}
    />
  );
  const map = (
    <section className="explorer__map" aria-label={t('mapLabel')}>
      <ViewBoundary view="map" lang={lang}>
        <Suspense fallback={<p className="explorer__loading">{t('loadingView')}</p>}>
          <MapView
            places={index.corpus.places}
            events={shownEvents}
            selectedEventId={state.event}
            hoveredEventId={hovered}
            selectedPlaceId={state.place}
            view={state.map}
            lang={lang}
            tiles={state.tiles}
            basemapUrl={`${import.meta.env.BASE_URL}data/basemap.json`}
            onSelectEvent={selectEvent}
            onSelectPlace={(id) => update({ place: id })}
            onHoverEvent={setHovered}
            onViewChange={(map) => update({ map })}
            onTilesChange={(tiles) => update({ tiles })}
          />
        </Suspense>
      </ViewBoundary>
    </section>
  );
  const timeline = (onOverflow?: (px: number) => boolean) => (
    <section className="explorer__timeline" aria-label={t('timelineLabel')}>
      <ViewBoundary view="timeline" lang={lang}>
        <Suspense fallback={<p className="explorer__loading">{t('loadingView')}</p>}>
          <TimelineView
            events={timelineEvents}
            selectedId={state.event}
            hoveredId={hovered}
            window={state.view}
            lang={lang}
            onSelect={selectEvent}
            onHover={setHovered}
            onWindowChange={onTimelineView}
            playhead={state.at}
            onShownWindow={onShownWindow}
            onOverflow={onOverflow}
            kept={shownEvents === timelineEvents ? null : shownIds}
          />
        </Suspense>
      </ViewBoundary>
      <Suspense fallback={null}>
        <TimeControls
          events={timelineEvents}
          allEvents={index.events}
          from={state.from}
          to={state.to}
          shown={shownWindow ?? state.view}
          at={state.at}
          possible={state.possible}
          lang={lang}
          onFilter={(days) => update({ from: days.from, to: days.to })}
          onView={onTimelineView}
          onAt={onAt}
          onPossible={(possible) => update({ possible })}
        />
      </Suspense>
    </section>
  );

  // Wide: at the head of the side column, by the filters (the stage keeps its height for the
  // map and the timeline). Phone: above the view.
  const summary = (
    <FilterSummary
      index={index}
      lang={lang}
      actors={[...state.actors]}
      mode={state.actorMode}
      places={[...state.places]}
      types={[...state.types]}
      from={state.from}
      to={state.to}
      q={state.q}
      shown={shownEvents.length}
      total={index.events.length}
      onRemove={(what) => {
        if (what.key === 'time') update({ from: null, to: null });
        else if (what.key === 'q') update({ q: '' });
        else update({ [what.key]: state[what.key].filter((x) => x !== what.id) });
      }}
      onClearAll={() => update({ actors: [], places: [], types: [], from: null, to: null, q: '' })}
    />
  );

  return (
    <div className="explorer">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Header
        corpusName={index.corpus.name}
        lang={lang}
        q={state.q}
        compact={phone}
        onSearch={(q) => update({ q })}
        onLanguage={(l) => update({ lang: l })}
        onHelp={() => {
          setWelcomed(false);
          setHelpAsked(true);
          layout.showListTab('events');
        }}
        onSubmitSearch={() => {
          layout.showListTab('events');
          // The results are drawn in this render; focus the first one once they are.
          requestAnimationFrame(() =>
            document.querySelector<HTMLElement>('button[data-search-item]')?.focus(),
          );
        }}
        actions={
          <>
            {corpusControls}
            {story.menu}
          </>
        }
      />
      {story.bar}
      {story.report}
      <UrlNotice dropped={view.dropped} />
      <RefusedNotice />
      {notices}
      {phone && summary}
      <main id="main" className="explorer__grid" tabIndex={-1}>
        {phone ? (
          <PhoneLayout
            view={layout.view}
            onView={layout.showView}
            views={{ map, timeline: timeline(), list: side, source: reading }}
          />
        ) : (
          <StageLayout
            side={
              <>
                {summary}
                {side}
              </>
            }
            map={map}
            timeline={timeline}
          />
        )}
      </main>
    </div>
  );
}
