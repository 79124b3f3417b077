import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { readyDocument } from '../../domain/corpus/document-texts';
import type { EntityHit, SentenceHit } from '../../domain/search/types';
import { formatDateShort } from '../../i18n/format-date';
import { EVENT_TYPE_STYLE } from '../../ui/event-type-style';
import { HighlightedText } from './HighlightedText';
import { MatchSnippet } from './MatchSnippet';
import { pickMatch } from './pick-match';

export type SearchHitItem =
  | { group: 'events' | 'actors' | 'places'; hit: EntityHit }
  | { group: 'sentences'; hit: SentenceHit };

interface SearchHitContentProps {
  index: CorpusIndex;
  lang: 'ar' | 'en';
  item: SearchHitItem;
}

/** The text of one result: its name or title (highlighted when it matched) and a second line. */
export function SearchHitContent({ index, lang, item }: SearchHitContentProps) {
  const { t } = useTranslation('search', { lng: lang });
  const main = (text: string, fields: 'title' | 'name'): ReactNode => {
    const m = item.hit.matches.find((x) => x.field === fields && x.lang === lang);
    return m ? (
      <HighlightedText text={m.text} ranges={m.ranges} lang={lang} />
    ) : (
      <span lang={lang}>{text}</span>
    );
  };
  const plain = (text: string, textLang: 'ar' | 'en') => (
    <span lang={textLang} dir={textLang === 'ar' ? 'rtl' : 'ltr'}>
      {text}
    </span>
  );

  switch (item.group) {
    case 'events': {
      const event = index.eventsById.get(item.hit.id);
      if (!event) return null;
      const style = EVENT_TYPE_STYLE[event.type];
      const inTitle = item.hit.matches.some((m) => m.field === 'title' && m.lang === lang);
      const other = inTitle ? undefined : pickMatch(item.hit.matches, ['title', 'summary'], lang);
      return (
        <>
          <span className="search-hit__main">
            <span className="search-hit__glyph" style={{ color: style.color }} aria-hidden="true">
              {style.glyph}
            </span>
            {main(event.title[lang], 'title')}
          </span>
          <span className="search-hit__meta">
            <span className="search-hit__date">{formatDateShort(event.date, lang)}</span>
            {other ? <MatchSnippet match={other} lang={lang} max={110} /> : null}
          </span>
        </>
      );
    }
    case 'actors':
    case 'places': {
      const entity =
        item.group === 'actors'
          ? index.actorsById.get(item.hit.id)
          : index.placesById.get(item.hit.id);
      if (!entity) return null;
      const inName = item.hit.matches.some((m) => m.field === 'name' && m.lang === lang);
      const other = inName ? undefined : item.hit.matches[0];
      const otherLang = lang === 'ar' ? 'en' : 'ar';
      const second =
        'role' in entity
          ? plain(entity.role[lang], lang)
          : plain(entity.name[otherLang], otherLang);
      return (
        <>
          <span className="search-hit__main">{main(entity.name[lang], 'name')}</span>
          <span className="search-hit__meta">
            {other ? <MatchSnippet match={other} lang={lang} labelled max={110} /> : second}
          </span>
        </>
      );
    }
    case 'sentences': {
      const { hit } = item;
      const info = index.documentsById.get(hit.documentId);
      const doc = readyDocument(index.texts, hit.documentId);
      const sentence = doc?.sentences[hit.sentenceIndex];
      if (!info || !doc || !sentence) return null;
      const shown = pickMatch(hit.matches, ['text', 'translation'], lang);
      // When only the other language matched, the reader's language follows, plain.
      const counterpart =
        shown && shown.lang !== lang
          ? lang === 'en'
            ? sentence.en
            : doc.text.slice(sentence.start, sentence.end)
          : null;
      return (
        <>
          <span className="search-hit__source">
            {t('sentence', { document: info.title[lang], n: hit.sentenceIndex + 1 })}
          </span>
          {shown ? <MatchSnippet match={shown} lang={lang} /> : null}
          {counterpart ? (
            <span className="search-hit__counterpart">
              {plain(
                counterpart.length > 140 ? `${counterpart.slice(0, 140)}…` : counterpart,
                lang,
              )}
            </span>
          ) : null}
        </>
      );
    }
  }
}
