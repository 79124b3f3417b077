/** The review page's view state in the URL: the language and the document (`?lang=&doc=`). */
import type { Language } from '../../i18n/i18n';

export interface CurateUrl {
  lang: Language | null;
  doc: string | null;
}

export function readCurateUrl(search: string): CurateUrl {
  const p = new URLSearchParams(search);
  const lang = p.get('lang');
  const doc = p.get('doc');
  return {
    lang: lang === 'ar' || lang === 'en' ? lang : null,
    doc: doc !== null && /^[A-Za-z0-9_-]{1,80}$/.test(doc) ? doc : null,
  };
}

export function curateSearch(url: CurateUrl): string {
  const p = new URLSearchParams();
  if (url.lang) p.set('lang', url.lang);
  if (url.doc) p.set('doc', url.doc);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** A new document or language is a new history entry (Back returns to the last one). */
export function writeCurateUrl(url: CurateUrl): void {
  const search = curateSearch(url);
  if (search !== window.location.search)
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
}
