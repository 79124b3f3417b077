import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RefusedNotice } from '../features/notices/RefusedNotice';
import { UrlNotice } from '../features/notices/UrlNotice';
import { ViewBoundary } from '../features/view-boundary/ViewBoundary';
import type { Language } from '../i18n/i18n';
import { DetailPanel } from './DetailPanel';
import {
  useCorpusIndex,
  useDroppedFromUrl,
  useExplorerStories,
  useFrontView,
} from './explorer/explorer-selectors';
import { FilterSummarySlot } from './explorer/slots/FilterSummarySlot';
import { HeaderSlot } from './explorer/slots/HeaderSlot';
import { MapSlot } from './explorer/slots/MapSlot';
import { TimeControlsSlot } from './explorer/slots/TimeControlsSlot';
import { TimelineSlot } from './explorer/slots/TimelineSlot';
import { PhoneLayout } from './PhoneLayout';
import { SidePanel } from './SidePanel';
import { StageLayout } from './StageLayout';
import { useMediaQuery } from './useMediaQuery';
import { useStoredFlag } from './useStoredFlag';
import { WelcomeCard } from './WelcomeCard';

/** Below this width the explorer shows one view at a time (PhoneLayout). */
const PHONE = '(max-width: 699px)';

interface ExplorerProps {
  lang: Language;
  /** The corpus badge and Open button, for the header. */
  corpusControls?: ReactNode;
  /** Notices about the corpus (rows left out, a file that failed), below the link notice. */
  notices?: ReactNode;
}

/**
 * The linked views, laid out: the stage (map, timeline, side column) on wide screens, one view
 * at a time on a phone. What each view shows and what it may do come from the explorer
 * controller (ExplorerProvider, around it) through the slots in ./explorer/slots.
 */
export function Explorer({ lang, corpusControls, notices }: ExplorerProps) {
  const { t } = useTranslation();
  const index = useCorpusIndex();
  const layout = useFrontView();
  const dropped = useDroppedFromUrl();
  const story = useExplorerStories();
  const phone = useMediaQuery(PHONE);
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

  const reading = <DetailPanel lang={lang} />;
  const side = (
    <SidePanel
      lang={lang}
      tab={!phone && layout.view === 'source' ? 'source' : layout.listTab}
      onTab={(tab) => (tab === 'source' ? layout.showView('source') : layout.showListTab(tab))}
      reading={phone ? undefined : reading}
      welcome={welcome}
      typesOpen={!phone}
    />
  );
  const map = (
    <section className="explorer__map" aria-label={t('mapLabel')}>
      <ViewBoundary view="map" lang={lang}>
        <Suspense fallback={<p className="explorer__loading">{t('loadingView')}</p>}>
          <MapSlot />
        </Suspense>
      </ViewBoundary>
    </section>
  );
  const timeline = (onOverflow?: (px: number) => boolean) => (
    <section className="explorer__timeline" aria-label={t('timelineLabel')}>
      <ViewBoundary view="timeline" lang={lang}>
        <Suspense fallback={<p className="explorer__loading">{t('loadingView')}</p>}>
          <TimelineSlot onOverflow={onOverflow} />
        </Suspense>
      </ViewBoundary>
      <Suspense fallback={null}>
        <TimeControlsSlot />
      </Suspense>
    </section>
  );
  // Wide: at the head of the side column, by the filters (the stage keeps its height for the
  // map and the timeline). Phone: above the view.
  const summary = <FilterSummarySlot />;

  return (
    <div className="explorer">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <HeaderSlot
        compact={phone}
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
      <UrlNotice dropped={dropped} />
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
