import type { Language } from './i18n';

/**
 * The Intl locale for each interface language. Arabic follows Libyan usage (ar-LY): Gregorian
 * month names يناير … ديسمبر and Western digits (0–9), which ar-LY uses natively; we pin
 * `nu-latn` so every browser agrees. English uses British day-month-year order.
 */
export const INTL_LOCALE: Record<Language, string> = {
  ar: 'ar-LY-u-nu-latn',
  en: 'en-GB',
};
