import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../domain/schema';
import type { Language } from '../i18n/i18n';
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
  return (
    <header className="header">
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
      <div className="header__actions">
        {actions}
        {onHelp ? (
          <button type="button" className="header__button" onClick={onHelp}>
            {t('layout:help')}
          </button>
        ) : null}
        <LanguageSwitch lang={lang} onChange={onLanguage} />
        <CopyLinkButton />
      </div>
    </header>
  );
}
