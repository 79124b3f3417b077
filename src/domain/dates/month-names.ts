/**
 * Month and weekday names as Arabic news text writes them. Libya uses the Gregorian names
 * يناير … ديسمبر (as in moment's ar-ly locale and Intl's ar-LY); Levantine names (كانون الثاني …)
 * appear beside them in pan-Arab outlets ("نوفمبر/تشرين الثاني").
 */
import { normalizeArabic } from '../text/arabic';

export const ARABIC_MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
] as const;

export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const LEVANTINE_MONTHS = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];

/** Normalised month name (one or two words joined by a space) → month number 1–12. */
export const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...ARABIC_MONTHS.map((m, i) => [normalizeArabic(m), i + 1] as const),
  ['ابريل', 4],
  ['اغسطس', 8],
  ['اكتوبر', 10],
  ...LEVANTINE_MONTHS.map((m, i) => [normalizeArabic(m), i + 1] as const),
]);

/** Weekday (0 = Sunday) by its normalised name with the article. */
export const WEEKDAY_BY_NAME: ReadonlyMap<string, number> = new Map(
  ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].map(
    (d, i) => [normalizeArabic(d), i] as const,
  ),
);

export const ARABIC_WEEKDAYS = [
  'الأحد',
  'الاثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
] as const;
/** Weekday names without the article, as in «آخر يوم جمعة». */
export const ARABIC_WEEKDAY_NOUNS = [
  'أحد',
  'اثنين',
  'ثلاثاء',
  'أربعاء',
  'خميس',
  'جمعة',
  'سبت',
] as const;
export const ENGLISH_WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
