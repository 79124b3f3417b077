import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../domain/corpus/schema';
import type { Language } from '../i18n/i18n';
import { useDismiss } from '../ui/useDismiss';
import { CopyLinkButton } from './CopyLinkButton';
import { LanguageSwitch } from './LanguageSwitch';

interface HeaderProps {
  corpusName: Bilingual;
  lang: Language;
  q: string;
  onSearch(q: string): void;
  onLanguage(lang: Language): void;
  /** Enter in the search box: bring the results to the front. */
  onSubmitSearch?(): void;
  /** Opens the welcome card again. */
  onHelp?(): void;
  /** Controls for the corpus being explored (its name, Open another), shown first. */
  actions?: ReactNode;
  /** A narrow screen: the actions fold into a Menu, beside the language switch. */
  compact?: boolean;
}

/** The app bar: name, corpus, search, language and the copy-link button. */
export function Header({
  corpusName,
  lang,
  q,
  onSearch,
  onLanguage,
  onSubmitSearch,
  onHelp,
  actions,
  compact = false,
}: HeaderProps) {
  const { t } = useTranslation();
  // The box keeps what is typed and the URL's q follows it, throttled (so the box cannot be
  // driven by q while typing). When the search is cleared elsewhere (a chip, Clear all), the
  // box is cleared too.
  const [text, setText] = useState(q);
  const [lastQ, setLastQ] = useState(q);
  if (q !== lastQ) {
    setLastQ(q);
    if (q === '') setText('');
  }
  const help = onHelp ? (
    <button type="button" className="header__button" onClick={onHelp}>
      {t('layout:help')}
    </button>
  ) : null;
  return (
    <header className={compact ? 'header header--compact' : 'header'}>
      <div className="header__brand">
        <h1 className="header__name">{t('appName')}</h1>
        <span className="header__corpus">{corpusName[lang]}</span>
      </div>
      <form
        className="header__search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmitSearch?.();
        }}
      >
        <label htmlFor="search" className="visually-hidden">
          {t('searchLabel')}
        </label>
        <input
          id="search"
          type="search"
          value={text}
          dir="auto"
          placeholder={t('searchPlaceholder')}
          onChange={(e) => {
            setText(e.target.value);
            onSearch(e.target.value);
          }}
        />
      </form>
      {compact ? (
        <CompactActions>
          {actions}
          {help}
          <CopyLinkButton />
        </CompactActions>
      ) : (
        <div className="header__actions">
          {actions}
          {help}
          <LanguageSwitch lang={lang} onChange={onLanguage} />
          <CopyLinkButton />
        </div>
      )}
      {compact ? (
        <div className="header__language">
          <LanguageSwitch lang={lang} onChange={onLanguage} />
        </div>
      ) : null}
    </header>
  );
}

/**
 * The header's actions on a phone: one Menu button that shows them as a panel below the
 * header. The panel stays mounted while closed (hidden), so a dialog opened from it keeps
 * its state; Escape or a click outside closes it.
 */
function CompactActions({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useDismiss(
    open,
    () => setOpen(false),
    buttonRef,
    // A dialog opened from the menu lives elsewhere in the page: only the page closes it.
    (target) =>
      !!rootRef.current?.contains(target) ||
      !!target.parentElement?.closest('dialog, [role="dialog"]'),
  );
  return (
    <div className="header__menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="header__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">☰ </span>
        {t('layout:menu')}
      </button>
      {/* A chosen action closes the menu; a toggle (Stories) or Copy link (which says
          "Link copied" here) keeps it open. */}
      <div
        id={panelId}
        className="header__menu-panel"
        hidden={!open}
        onClick={(e) => {
          const button = (e.target as Element).closest('button');
          if (
            button &&
            !button.hasAttribute('aria-expanded') &&
            !button.hasAttribute('data-keeps-menu')
          )
            setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
