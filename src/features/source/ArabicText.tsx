import type { ReactNode } from 'react';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import type { Language } from '../../i18n/i18n';
import { joinsAcross } from './arabic-joining';
import { groupRuns, type Run } from './group-runs';
import { MentionButton } from './MentionButton';
import type { TextSegment } from './segment-text';

interface ArabicTextProps {
  /** The whole document text (segments index into it). */
  text: string;
  segments: TextSegment[];
  index: CorpusIndex;
  lang: Language;
  highlighted: ReadonlySet<string>;
  onSelectEntity(id: string): void;
}

const ZWJ = '\u200D';

/**
 * The Arabic of one row: mentions as buttons, evidence in <mark>. Where an element boundary
 * falls inside a word, zero-width joiners keep the letters on both sides joined, and the word
 * is kept on one line.
 */
export function ArabicText({
  text,
  segments,
  index,
  lang,
  highlighted,
  onSelectEntity,
}: ArabicTextProps) {
  const piece = (s: TextSegment): ReactNode => {
    const words =
      (joinsAcross(text, s.start) ? ZWJ : '') + s.text + (joinsAcross(text, s.end) ? ZWJ : '');
    return s.evidence === null ? (
      <span key={s.start}>{words}</span>
    ) : (
      <mark key={s.start} data-evidence={s.evidence}>
        {words}
      </mark>
    );
  };

  const run = ({ mention, segments: pieces }: Run): ReactNode[] => {
    const first = pieces[0] as TextSegment;
    const actor = mention ? index.actorsById.get(mention.entity) : undefined;
    const place = mention && !actor ? index.placesById.get(mention.entity) : undefined;
    const entity = actor ?? place;
    // Plain text, or a mention of an entity the corpus does not know: never a broken button.
    if (!mention || !entity) return pieces.map(piece);
    return [
      <MentionButton
        key={`m${first.start}`}
        entity={mention.entity}
        kind={actor ? 'actor' : 'place'}
        name={entity.name[lang]}
        words={pieces.map((p) => p.text).join('')}
        description={actor?.role[lang]}
        lang={lang}
        highlighted={highlighted.has(mention.entity)}
        joined={joinsAcross(text, first.start)}
        onSelect={onSelectEntity}
      >
        {pieces.map(piece)}
      </MentionButton>,
    ];
  };

  const out: ReactNode[] = [];
  for (const chunk of groupRuns(text, segments)) {
    const nodes = chunk.runs.flatMap(run);
    if (!chunk.nowrap) out.push(...nodes);
    else
      out.push(
        <span key={`w${chunk.runs[0]?.segments[0]?.start}`} className="mention-word">
          {nodes}
        </span>,
      );
  }
  return <>{out}</>;
}
