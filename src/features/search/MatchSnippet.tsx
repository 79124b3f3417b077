import { useTranslation } from 'react-i18next';
import { searchSnippet } from '../../domain/search/snippet';
import type { SearchMatch } from '../../domain/search/types';
import { HighlightedText } from './HighlightedText';

interface MatchSnippetProps {
  match: SearchMatch;
  lang: 'ar' | 'en';
  /** Say which field matched ("Also written: …"). */
  labelled?: boolean;
  max?: number;
}

/** The part of a matched text around its first match, highlighted, optionally labelled. */
export function MatchSnippet({ match, lang, labelled = false, max = 140 }: MatchSnippetProps) {
  const { t } = useTranslation('search', { lng: lang });
  const s = searchSnippet(match.text, match.ranges, max);
  return (
    // Unlabelled, the snippet is a line of its own, laid out in its own language's direction.
    <span
      className="search-hit__snippet"
      dir={labelled ? undefined : match.lang === 'ar' ? 'rtl' : 'ltr'}
    >
      {labelled ? (
        <span className="search-hit__field">
          {t(match.field === 'name' ? `matched.name.${match.lang}` : `matched.${match.field}`)}
        </span>
      ) : null}
      <HighlightedText
        text={s.text}
        ranges={s.ranges}
        lang={match.lang}
        clippedStart={s.clippedStart}
        clippedEnd={s.clippedEnd}
      />
    </span>
  );
}
