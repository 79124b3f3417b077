import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../domain/corpus/corpus-index';
import { EventDetail } from '../features/event/EventDetail';
import { PlaceCard } from '../features/place/PlaceCard';
import { ViewBoundary } from '../features/view-boundary/ViewBoundary';
import type { Language } from '../i18n/i18n';
import type { ViewState } from '../url-state';
import { toggle } from './toggle';
import { TranslationSwitch } from './TranslationSwitch';
import { useStoredFlag } from './useStoredFlag';

// The reader (with its windowing) loads beside the corpus, not in the first bundle.
const SourceReader = lazy(() =>
  import('../features/source/SourceReader').then((m) => ({ default: m.SourceReader })),
);

interface DetailPanelProps {
  index: CorpusIndex;
  lang: Language;
  state: ViewState;
  onSelectEvent(id: string | null): void;
  onSelectEntity(id: string): void;
  update(patch: Partial<ViewState>): void;
}

/** The selected event (or place) above the source reader that shows its evidence. */
export function DetailPanel({
  index,
  lang,
  state,
  onSelectEvent,
  onSelectEntity,
  update,
}: DetailPanelProps) {
  const { t } = useTranslation();
  const event = state.event ? (index.eventsById.get(state.event) ?? null) : null;
  const sectionRef = useRef<HTMLElement>(null);
  // English translations: shown by default in English, hidden by default in Arabic (an Arabic
  // reader reads the source itself); the choice is remembered per interface language.
  const [translations, setTranslations] = useStoredFlag(
    `athar.translations.${lang}`,
    lang === 'en',
  );
  // The event, its evidence and the source read in one column: a newly selected event opens at
  // its title (the reader, which scrolls its first evidence into view, runs first). "Show in
  // source" still brings the passage into view.
  const eventId = event?.id ?? null;
  const toTitle = useCallback(() => {
    if (eventId !== null) scrollerOf(sectionRef.current)?.scrollTo({ top: 0 });
  }, [eventId]);
  useEffect(toTitle, [toTitle]);
  const documentId =
    state.doc ?? event?.evidence[0]?.document ?? index.corpus.documents[0]?.id ?? null;
  return (
    <section
      className={`explorer__detail${translations ? '' : ' explorer__detail--no-translations'}`}
      aria-label={t('detailLabel')}
      ref={sectionRef}
    >
      <div className="explorer__detail-tools print-card-actions">
        <TranslationSwitch checked={translations} onChange={setTranslations} />
        {event ? (
          <button type="button" className="button" onClick={() => window.print()}>
            {t('printCard')}
          </button>
        ) : null}
      </div>
      {event ? (
        <ViewBoundary view="event" lang={lang}>
          <EventDetail
            index={index}
            event={event}
            lang={lang}
            onSelectActor={(actor) => update({ actor })}
            onSelectPlace={(place) => update({ place })}
            onShowEvidence={(doc) => update({ doc })}
            onClose={() => onSelectEvent(null)}
          />
        </ViewBoundary>
      ) : state.place ? (
        <PlaceCard
          index={index}
          placeId={state.place}
          lang={lang}
          filtered={state.places.includes(state.place)}
          onToggleFilter={(id) => update({ places: toggle(state.places, id) })}
          onSelectEvent={(id) => onSelectEvent(id)}
          onClose={() => update({ place: null })}
        />
      ) : (
        <p className="explorer__hint">{t('selectHint')}</p>
      )}
      {event ? (
        <p className="print-only print-card__corpus">
          {t('layout:printedFrom', {
            corpus: index.corpus.name[lang],
            date: new Intl.DateTimeFormat(lang === 'ar' ? 'ar-EG' : 'en-GB', {
              dateStyle: 'long',
            }).format(new Date()),
          })}
        </p>
      ) : null}
      {event ? (
        <p className="print-only">
          {t('printLink')} <span dir="ltr">{window.location.href}</span>
        </p>
      ) : null}
      {documentId ? (
        <ViewBoundary view="source" lang={lang}>
          <Suspense fallback={<p className="explorer__loading">{t('loadingView')}</p>}>
            <SourceReader
              index={index}
              documentId={documentId}
              lang={lang}
              selectedEvent={event}
              highlightedEntities={[...state.actors]}
              onSelectEntity={onSelectEntity}
              onSelectDocument={(doc) => update({ doc })}
            />
            {/* The reader loads after the panel: once it is in, the event opens at its title. */}
            <OnMount run={toTitle} />
          </Suspense>
        </ViewBoundary>
      ) : null}
    </section>
  );
}

/** Runs `run` once, when it mounts (after the siblings before it have run their effects). */
function OnMount({ run }: { run: () => void }) {
  const first = useRef(run);
  useEffect(() => first.current(), []);
  return null;
}

/** The nearest ancestor that scrolls vertically. */
function scrollerOf(element: HTMLElement | null): HTMLElement | null {
  for (let el = element?.parentElement; el && el !== document.body; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return el;
  }
  return null;
}
