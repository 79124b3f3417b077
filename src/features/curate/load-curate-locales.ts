/**
 * The review page's strings (locales/<lang>/curate.json) are loaded with its chunk, not with
 * the app: the public explorer never needs them.
 */
import { i18n } from '../../i18n/i18n';

const files = import.meta.glob<Record<string, unknown>>('../../i18n/locales/*/curate.json', {
  eager: true,
  import: 'default',
});

export function loadCurateLocales(): void {
  for (const [path, data] of Object.entries(files)) {
    const lang = /locales\/(ar|en)\/curate\.json$/.exec(path)?.[1];
    if (lang && !i18n.hasResourceBundle(lang, 'curate'))
      i18n.addResourceBundle(lang, 'curate', data);
  }
}
