import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { memoPerObject } from '../../domain/memo-per-object';
import { PlaceMarker, type MarkerState } from './PlaceMarker';
import type { PlaceGroup } from './placeGroups';
import { typeRing } from './typeRing';

/** Per array of events: a place's events are the same array while the filters leave them be. */
const ringOf = memoPerObject(typeRing);

interface PlaceMarkersProps {
  groups: readonly PlaceGroup[];
  lang: 'ar' | 'en';
  stateOf(placeId: string): MarkerState;
  onActivate(placeId: string): void;
}

/** One marker per place that has shown events. */
export function PlaceMarkers({ groups, lang, stateOf, onActivate }: PlaceMarkersProps) {
  const { t } = useTranslation('map', { lng: lang });
  const markers = useMemo(() => {
    const numbers = new Intl.NumberFormat(lang === 'ar' ? 'ar-LY-u-nu-latn' : 'en-GB');
    return groups.map(({ place, events }) => {
      const countryLevel = place.kind === 'country';
      const name = place.name[lang];
      const count = events.length;
      return {
        place,
        look: {
          name,
          count,
          countText: numbers.format(count),
          countryLevel,
          ring: ringOf(events),
        },
        label: t(countryLevel ? 'marker.country' : 'marker.place', { name, count }),
      };
    });
  }, [groups, lang, t]);
  return markers.map(({ place, look, label }) => (
    <PlaceMarker
      key={place.id}
      placeId={place.id}
      lat={place.lat}
      lon={place.lon}
      look={look}
      label={label}
      state={stateOf(place.id)}
      onActivate={onActivate}
    />
  ));
}
