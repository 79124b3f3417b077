/**
 * i18next set-up. Each feature keeps its strings in its own namespace file:
 * src/i18n/locales/<lang>/<namespace>.json. English is the reference for keys.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The part of i18next's `t` that pure functions use (a feature's formatters and describers,
 * with the keys of that feature's namespace): tests pass a plain function.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Namespaces of the views that load after the first paint (map, timeline): their strings come
 * with the view's own chunk (see addStrings), not with the first page. The review page's
 * strings (curate.json) come with its own chunk too (src/features/curate/load-curate-locales.ts).
 */
export const LAZY_NAMESPACES = ['map', 'timeline'] as const;

const files = import.meta.glob<Record<string, unknown>>(
  [
    './locales/*/*.json',
    '!./locales/*/map.json',
    '!./locales/*/timeline.json',
    '!./locales/*/curate.json',
  ],
  { eager: true, import: 'default' },
);

/** { ar: { common: {...}, map: {...} }, en: {...} } from the files above. */
export const resources: Record<Language, Record<string, Record<string, unknown>>> = {
  ar: {},
  en: {},
};
for (const [path, data] of Object.entries(files)) {
  const match = /\.\/locales\/(ar|en)\/([\w-]+)\.json$/.exec(path);
  if (match) resources[match[1] as Language][match[2] as string] = data;
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: 'ar',
  fallbackLng: false,
  ns: Object.keys(resources.en),
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false,
});

/** Adds a lazily loaded namespace's strings (both languages), once. */
export function addStrings(
  ns: (typeof LAZY_NAMESPACES)[number],
  strings: Record<Language, Record<string, unknown>>,
): void {
  for (const lang of LANGUAGES) {
    if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, strings[lang]);
  }
}
