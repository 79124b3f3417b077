import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';

interface MentionButtonProps {
  entity: string;
  kind: 'actor' | 'place';
  /** The entity's name in the interface language. */
  name: string;
  /** The words of the text inside the button (its accessible name starts with them). */
  words: string;
  /** A short description (an actor's role), shown as a tooltip. */
  description?: string;
  lang: Language;
  highlighted: boolean;
  /** No pin glyph: the mention starts inside a word, joined to the letter before it. */
  joined: boolean;
  onSelect(id: string): void;
  children: ReactNode;
}

/** A mention of an actor or place in the Arabic text: a button that selects the entity. */
export function MentionButton({
  entity,
  kind,
  name,
  words,
  description,
  lang,
  highlighted,
  joined,
  onSelect,
  children,
}: MentionButtonProps) {
  const { t } = useTranslation('source', { lng: lang });
  const classes = ['mention', `mention--${kind}`];
  if (highlighted) classes.push('is-highlighted');
  if (joined) classes.push('is-joined');
  return (
    <button
      type="button"
      className={classes.join(' ')}
      data-entity={entity}
      data-kind={kind}
      // Label in name (WCAG 2.5.3): the words as written, then who or what they name.
      aria-label={t(`mention.${kind}`, { name, words })}
      title={description ? `${name} — ${description}` : name}
      onClick={() => onSelect(entity)}
    >
      {children}
    </button>
  );
}
