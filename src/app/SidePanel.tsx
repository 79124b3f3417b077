import { Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ViewBoundary } from '../features/view-boundary/ViewBoundary';
import type { Language } from '../i18n/i18n';
import { ActorPanelSlot } from './explorer/slots/ActorPanelSlot';
import { EventCountSlot } from './explorer/slots/EventCountSlot';
import { EventListSlot } from './explorer/slots/EventListSlot';
import { NetworkSlot, preloadNetwork } from './explorer/slots/NetworkSlot';
import { SearchSlot } from './explorer/slots/SearchSlot';
import { TypeFilterSlot } from './explorer/slots/TypeFilterSlot';
import type { ListTab } from './useExplorerView';

interface SidePanelProps {
  lang: Language;
  /** The tab in front (chosen by the explorer: a selection brings its view to the front). */
  tab: Tab;
  onTab(tab: Tab): void;
  /** The reading column (event, evidence, source) as a fourth tab, on wide screens. */
  reading?: ReactNode;
  /** The first-run welcome card, above the list. */
  welcome?: ReactNode;
  /** Whether the event types start open (wide screens; on a phone the list comes first). */
  typesOpen: boolean;
}

type Tab = ListTab | 'source';

/** The event list, the actor panel, who meets whom and (on wide screens) the reading column. */
export function SidePanel(props: SidePanelProps) {
  const { lang, tab, onTab: setTab } = props;
  const { t } = useTranslation();
  useEffect(preloadNetwork, []);
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
            <SearchSlot />
            <TypeFilterSlot open={props.typesOpen} />
            <EventCountSlot />
            <ViewBoundary view="events" lang={lang}>
              <EventListSlot />
            </ViewBoundary>
          </>
        ) : tab === 'network' ? (
          <Suspense fallback={<p className="explorer__loading">{t('loadingView')}</p>}>
            <NetworkSlot />
          </Suspense>
        ) : (
          <ViewBoundary view="actors" lang={lang}>
            <ActorPanelSlot />
          </ViewBoundary>
        )}
      </div>
    </div>
  );
}
