/** A small corpus-shaped fixture for the map: places of the seed articles, a few events. */
import type { CorpusEvent, EventType, Place } from '../../../src/domain/corpus/schema';
import { dayDate, makeEvent, makePlace } from '../fixture-builder';

function place(
  id: string,
  kind: Place['kind'],
  en: string,
  ar: string,
  lat: number,
  lon: number,
  country: string | null,
): Place {
  return makePlace({
    id,
    kind,
    name: { en, ar },
    lat,
    lon,
    country,
    gazetteer: 'fixture (rough position)',
  });
}

export const PLACES: Place[] = [
  place('istanbul', 'city', 'Istanbul', 'إسطنبول', 41.01, 28.98, 'turkey'),
  place('tripoli', 'city', 'Tripoli', 'طرابلس', 32.89, 13.19, 'libya'),
  place('mitiga-airport', 'airport', 'Mitiga Airport', 'مطار معيتيقة', 32.894, 13.276, 'libya'),
  place('tarhuna', 'city', 'Tarhuna', 'ترهونة', 32.435, 13.633, 'libya'),
  place('ankara', 'city', 'Ankara', 'أنقرة', 39.93, 32.86, 'turkey'),
  place('new-york', 'city', 'New York', 'نيويورك', 40.71, -74.01, null),
  place(
    'un-headquarters',
    'facility',
    'UN Headquarters',
    'مقر الأمم المتحدة',
    40.749,
    -73.968,
    null,
  ),
  place('libya', 'country', 'Libya', 'ليبيا', 26.34, 17.23, null),
  place('turkey', 'country', 'Turkey', 'تركيا', 38.96, 35.24, null),
];

function event(
  id: string,
  type: EventType,
  placeId: string | null,
  date: string,
  en: string,
  ar: string,
): CorpusEvent {
  return makeEvent({ id, type, title: { en, ar }, date: dayDate(date), place: placeId });
}

export const EVENTS: CorpusEvent[] = [
  event(
    'mou-signed',
    'agreement',
    'istanbul',
    '2019-11-27',
    'Security memorandum signed',
    'توقيع مذكرة التفاهم الأمنية',
  ),
  event('akar-visit', 'visit', 'tripoli', '2020-07-03', 'Akar visits Tripoli', 'أكار يزور طرابلس'),
  event(
    'akar-meets-sarraj',
    'meeting',
    'tripoli',
    '2020-07-03',
    'Akar meets al-Sarraj',
    'أكار يلتقي السراج',
  ),
  event(
    'akar-meets-namroush',
    'meeting',
    'tripoli',
    '2020-07-04',
    'Akar meets al-Namroush',
    'أكار يلتقي النمروش',
  ),
  event(
    'mitiga-arrival',
    'visit',
    'mitiga-airport',
    '2020-07-03',
    'Delegation lands at Mitiga',
    'الوفد يصل إلى مطار معيتيقة',
  ),
  event(
    'tarhuna-graves',
    'discovery',
    'tarhuna',
    '2020-06-11',
    'Mass graves found in Tarhuna',
    'العثور على مقابر جماعية في ترهونة',
  ),
  event(
    'ankara-briefing',
    'briefing',
    'ankara',
    '2020-07-05',
    'Briefing in Ankara',
    'إحاطة في أنقرة',
  ),
  event(
    'un-letter',
    'statement',
    'un-headquarters',
    '2019-12-19',
    'Memorandum registered at the UN',
    'تسجيل المذكرة لدى الأمم المتحدة',
  ),
  event(
    'training-libya',
    'training',
    'libya',
    '2020-08-01',
    'Turkish training of Libyan forces',
    'تدريب تركي للقوات الليبية',
  ),
  event(
    'deployment-libya',
    'deployment',
    'libya',
    '2020-01-05',
    'Turkish troops deployed to Libya',
    'نشر قوات تركية في ليبيا',
  ),
  event(
    'turkey-parliament',
    'election',
    'turkey',
    '2020-01-02',
    'Parliament approves the mandate',
    'البرلمان يوافق على التفويض',
  ),
  event(
    'call-unplaced',
    'call',
    null,
    '2020-06-20',
    'Phone call between ministers',
    'اتصال هاتفي بين الوزيرين',
  ),
  event(
    'statement-unplaced',
    'statement',
    null,
    '2020-07-06',
    'Ministry statement',
    'بيان الوزارة',
  ),
];
