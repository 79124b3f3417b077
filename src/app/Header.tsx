import { useEffect, useState } from 'react';
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
}

/** The app bar: name, corpus, search, language and the copy-link button. */
export function Header({ corpusName, lang, q, onSearch, onLanguage }: HeaderProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  return (
    <header className="header">
      <div className="header__brand">
        <span className="header__name">{t('appName')}</span>
        <span className="header__corpus">{corpusName[lang]}</span>
      </div>
      <form className="header__search" role="search" onSubmit={(e) => e.preventDefault()}>
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
        <LanguageSwitch lang={lang} onChange={onLanguage} />
        <CopyLinkButton />
      </div>
    </header>
  );
}
