import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { CorpusEvent } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';

interface EventParticipantsProps {
  index: CorpusIndex;
  event: CorpusEvent;
  lang: Language;
  onSelectActor(id: string): void;
}

/** The actors of an event, each with what they did in it (host, guest, speaker …). */
export function EventParticipants({ index, event, lang, onSelectActor }: EventParticipantsProps) {
  const { t } = useTranslation('event', { lng: lang });
  if (event.actors.length === 0) return <p className="event-detail__none">{t('noParticipants')}</p>;
  return (
    <ul className="event-detail__participants">
      {event.actors.map(({ id, role }) => {
        const actor = index.actorsById.get(id);
        return (
          <li key={`${id}|${role}`} data-actor={id}>
            {actor ? (
              <button
                type="button"
                className="event-detail__link"
                title={actor.role[lang]}
                onClick={() => onSelectActor(id)}
              >
                {actor.name[lang]}
              </button>
            ) : (
              <span>{id}</span>
            )}{' '}
            <span className="event-detail__role">{t(`role.${role}`)}</span>
          </li>
        );
      })}
    </ul>
  );
}
