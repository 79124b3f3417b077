import {
  lazy,
  Suspense,
  useCallback,
  useId,
  useMemo,
  useRef,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { CorpusEvent } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';
import { EVENT_TYPE_STYLE } from '../../ui/event-type-style';
import { useDocumentTexts } from '../../ui/useDocumentTexts';
import { attributeValue } from './attribute-value';
import { describeDate } from './describe-date';
import { EventEvidence } from './EventEvidence';
import { EventParticipants } from './EventParticipants';
import { IsolatedText } from './IsolatedText';
import { useReturnFocus } from './useReturnFocus';
import './EventDetail.css';

// The date's versions re-read the sources' date expressions: that code loads with the first
// event shown, not with the page.
const DateVersions = lazy(() =>
  import('./DateVersions').then((m) => ({ default: m.DateVersions })),
);

interface EventDetailProps {
  index: CorpusIndex;
  event: CorpusEvent;
  lang: Language;
  onSelectActor(id: string): void;
  onSelectPlace(id: string): void;
  /** Open that document in the source reader (the evidence gets emphasised there). */
  onShowEvidence(documentId: string): void;
  onClose(): void;
  /** The heading, which takes focus when the user opens the detail from the list or timeline. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** The filters leave this event out: the card says so, as the views do not show it. */
  outsideFilters?: boolean;
}

/**
 * Everything about one event: what, when (and how we know), where, who, and the evidence.
 * Keyboard: the heading takes focus when the user opens the detail (`headingRef`); Escape
 * or the close button closes it and gives focus back to where it came from (the list row).
 */
export function EventDetail({
  index,
  event,
  lang,
  onSelectActor,
  onSelectPlace,
  onShowEvidence,
  onClose,
  headingRef,
  outsideFilters = false,
}: EventDetailProps) {
  const { t } = useTranslation('event', { lng: lang });
  const headingId = useId();
  const style = EVENT_TYPE_STYLE[event.type];
  const place = event.place ? index.placesById.get(event.place) : undefined;
  const sectionRef = useRef<HTMLElement>(null);
  const eventId = event.id;
  // The texts the evidence and the date's words come from (fetched when the corpus is split):
  // the detail draws again as each arrives.
  const cited = useMemo(() => {
    const ids = new Set(event.evidence.map((s) => s.document));
    if (event.date.expression) ids.add(event.date.expression.document);
    return [...ids];
  }, [event]);
  useDocumentTexts(index.texts, cited);
  const listRow = useCallback(
    () =>
      document.querySelector<HTMLElement>(
        `.event-list [data-event-id=${attributeValue(eventId)}]`,
      ) ?? document.getElementById('main'),
    [eventId],
  );
  const { onFocus, giveBack } = useReturnFocus(listRow, eventId);
  const close = () => {
    giveBack(sectionRef.current);
    onClose();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    close();
  };

  return (
    <section
      className="event-detail"
      aria-labelledby={headingId}
      data-event={event.id}
      ref={sectionRef}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <header className="event-detail__header">
        <p className="event-detail__type" style={{ color: style.color }}>
          <span className="event-detail__glyph" aria-hidden="true">
            {style.glyph}
          </span>
          <span className="visually-hidden">{t('typeLabel')}</span>
          <span>{t(`type.${event.type}`)}</span>
          {event.plan ? (
            <span className="event-detail__plan">{t(`planStatus.${event.plan.status}`)}</span>
          ) : null}
        </p>
        <h2
          id={headingId}
          className="event-detail__title"
          tabIndex={-1}
          data-event-detail-heading=""
          ref={headingRef}
        >
          {event.title[lang]}
        </h2>
        <button
          type="button"
          className="event-detail__close"
          aria-label={t('closeLabel')}
          onClick={close}
        >
          {t('close')}
        </button>
      </header>
      {outsideFilters ? <p className="event-detail__outside">{t('outsideFilters')}</p> : null}
      <p className="event-detail__summary">{event.summary[lang]}</p>
      <dl className="event-detail__facts">
        <dt>{t('when')}</dt>
        <dd className="event-detail__date">
          <IsolatedText text={describeDate(event, index, lang, t)} isolatedLang="ar" />
        </dd>
        <Suspense fallback={null}>
          <DateVersions index={index} event={event} lang={lang} />
        </Suspense>
        <dt>{t('where')}</dt>
        <dd>
          {place ? (
            <button
              type="button"
              className="event-detail__link event-detail__place"
              onClick={() => onSelectPlace(place.id)}
            >
              {place.name[lang]}
            </button>
          ) : (
            <span className="event-detail__none">{t('noPlace')}</span>
          )}
        </dd>
        <dt>{t('who')}</dt>
        <dd>
          <EventParticipants
            index={index}
            event={event}
            lang={lang}
            onSelectActor={onSelectActor}
          />
        </dd>
      </dl>
      <EventEvidence index={index} event={event} lang={lang} onShowEvidence={onShowEvidence} />
    </section>
  );
}
