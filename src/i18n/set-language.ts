import { i18n, LANGUAGES, type Language } from './i18n';

/**
 * The one place the interface language changes: i18next, and <html lang dir> so that the
 * whole layout (logical CSS properties) mirrors. Dates and numbers follow through Intl with
 * INTL_LOCALE; the timeline is re-created for its `rtl` option by its own adapter.
 */
export function setLanguage(lang: Language): void {
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

/** The browser's preferred language among ours; Arabic when it prefers neither. */
export function preferredLanguage(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0] as Language;
    if (LANGUAGES.includes(base)) return base;
  }
  return 'ar';
}
