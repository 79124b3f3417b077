import { Suspense, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ViewBoundary } from '../features/view-boundary/ViewBoundary';
import type { Language } from '../i18n/i18n';
import { useCorpusIndex, useSelection } from './explorer/explorer-selectors';
import { EventDetailSlot } from './explorer/slots/EventDetailSlot';
import { PlaceCardSlot } from './explorer/slots/PlaceCardSlot';
import { SourceReaderSlot } from './explorer/slots/SourceReaderSlot';
import { TranslationSwitch } from './TranslationSwitch';
import { useStoredFlag } from './useStoredFlag';

/** The selected event (or place) above the source reader that shows its evidence. */
export function DetailPanel({ lang }: { lang: Language }) {
  const { t } = useTranslation();
  const index = useCorpusIndex();
  const selection = useSelection();
  const event = selection.event ? (index.eventsById.get(selection.event) ?? null) : null;
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
    selection.doc ?? event?.evidence[0]?.document ?? index.corpus.documents[0]?.id ?? null;
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
          <EventDetailSlot event={event} />
        </ViewBoundary>
      ) : selection.place ? (
        <PlaceCardSlot placeId={selection.place} />
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
            <SourceReaderSlot documentId={documentId} event={event} />
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
