import { useTranslation } from 'react-i18next';
import './map-strings';
import { EventButtonList } from './EventButtonList';
import type { PlaceGroup } from './place-groups';

interface PlaceEventsProps {
  group: PlaceGroup;
  lang: 'ar' | 'en';
  selectedEventId: string | null;
  onSelectEvent(id: string): void;
  onHoverEvent(id: string | null): void;
}

/** The popup's content: the place and its count, a note for country level, its events. */
export function PlaceEvents({ group, lang, ...rest }: PlaceEventsProps) {
  const { t } = useTranslation('map', { lng: lang });
  const { place, events } = group;
  const countryLevel = place.kind === 'country';
  return (
    <div className="athar-popup__body" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <p className="athar-popup__title">
        {t(countryLevel ? 'marker.country' : 'marker.place', {
          name: place.name[lang],
          count: events.length,
        })}
      </p>
      {countryLevel && <p className="athar-popup__note">{t('popup.countryLevel')}</p>}
      <EventButtonList events={events} lang={lang} sizeToTitles {...rest} />
    </div>
  );
}
