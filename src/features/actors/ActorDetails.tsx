import { useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { coActors } from '../../domain/network/co-actors';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { ActorEntry } from './actor-entry';
import { otherLanguage } from './other-language';
import './ActorDetails.css';

/** How many co-actors are listed before "Show all". */
const CO_ACTOR_LIMIT = 8;

export interface ActorDetailsProps {
  index: CorpusIndex;
  lang: 'ar' | 'en';
  entry: ActorEntry;
  /** True when some events are hidden by the other filters: show "n of m events". */
  partial: boolean;
  inFilter: boolean;
  id: string;
  headingRef: Ref<HTMLHeadingElement>;
  onToggleFilter(id: string): void;
  onSelectActor(id: string | null): void;
}

/** Everything known about one actor, and who appears with them. */
export function ActorDetails({
  index,
  lang,
  entry,
  partial,
  inFilter,
  id,
  headingRef,
  onToggleFilter,
  onSelectActor,
}: ActorDetailsProps) {
  const { t } = useTranslation('actors', { lng: lang });
  const [showAll, setShowAll] = useState(false);
  const { actor } = entry;
  const other = otherLanguage(lang);
  const together = useMemo(() => coActors(index, actor.id), [index, actor.id]);
  const shown = showAll ? together : together.slice(0, CO_ACTOR_LIMIT);
  const affiliation = actor.affiliation ? index.actorsById.get(actor.affiliation) : undefined;
  const nameOf = (actorId: string) => index.actorsById.get(actorId)?.name[lang] ?? actorId;
  const headingId = `${id}-heading`;

  return (
    <section className="actor-details" id={id} aria-labelledby={headingId}>
      <div className="actor-details__head">
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className="actor-details__name">
          {actor.name[lang]}
        </h3>
        <button
          type="button"
          className="actor-details__close"
          aria-label={t('details.close')}
          title={t('details.close')}
          onClick={() => onSelectActor(null)}
        >
          <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
            <path d="M2 2 10 10M10 2 2 10" stroke="currentColor" strokeWidth="1.8" />
          </svg>
        </button>
      </div>
      <p className="actor-details__other">
        <bdi lang={other}>{actor.name[other]}</bdi>
      </p>
      <dl className="actor-details__facts">
        <div>
          <dt>{t('details.kind')}</dt>
          <dd>{t(`kind.${actor.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('details.role')}</dt>
          <dd>{actor.role[lang]}</dd>
        </div>
        {actor.affiliation ? (
          <div>
            <dt>{t('details.affiliation')}</dt>
            <dd>
              {affiliation ? (
                <button
                  type="button"
                  className="actor-details__link-button"
                  onClick={() => onSelectActor(affiliation.id)}
                >
                  {affiliation.name[lang]}
                </button>
              ) : (
                actor.affiliation
              )}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('details.events')}</dt>
          <dd>
            {partial
              ? t('eventsOf', { count: entry.events, visible: entry.visible })
              : t('events', { count: entry.events })}
          </dd>
        </div>
        <div>
          <dt>{t('details.mentions')}</dt>
          <dd>{t('mentions', { count: entry.mentions })}</dd>
        </div>
        {actor.wikidata ? (
          <div>
            <dt>{t('details.wikidata')}</dt>
            <dd>
              <a href={`https://www.wikidata.org/wiki/${actor.wikidata}`} rel="noopener noreferrer">
                {t('details.wikidataLink', { id: actor.wikidata })}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {entry.events > 0 ? (
        <button
          type="button"
          className={`actor-details__filter${inFilter ? ' actor-details__filter--on' : ''}`}
          onClick={() => onToggleFilter(actor.id)}
        >
          {inFilter
            ? t('details.filterRemove', { name: actor.name[lang] })
            : t('details.filterOnly', { name: actor.name[lang] })}
        </button>
      ) : null}
      <h4 className="actor-details__subheading">{t('details.appearsWith')}</h4>
      {together.length === 0 ? (
        <p className="actor-details__none">{t('details.appearsWithNone')}</p>
      ) : (
        <ul className="actor-details__co-actors">
          {shown.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="actor-details__link-button"
                onClick={() => onSelectActor(c.id)}
              >
                {nameOf(c.id)}
              </button>
              <span className="actor-details__shared">
                {t('details.shared', { count: c.count })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {together.length > CO_ACTOR_LIMIT ? (
        <button
          type="button"
          className="actor-details__more"
          aria-expanded={showAll}
          onClick={() => setShowAll((v) => !v)}
        >
          {showAll ? t('details.showFewer') : t('details.showAll', { count: together.length })}
        </button>
      ) : null}
    </section>
  );
}
