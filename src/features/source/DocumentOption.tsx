import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentInfo } from '../../domain/corpus/split-schema';
import { formatDateShort } from '../../i18n/format-date';
import type { Language } from '../../i18n/i18n';

interface DocumentOptionProps {
  doc: DocumentInfo;
  id: string;
  lang: Language;
  /** The option aria-activedescendant points at. */
  active: boolean;
  /** The document being read. */
  current: boolean;
  onChoose(doc: DocumentInfo): void;
}

/**
 * One document in the search box's list: its title in the interface language, then its
 * publication date and its title in the other language (a query may have matched that one,
 * and many titles repeat). A click chooses it.
 */
export const DocumentOption = memo(function DocumentOption({
  doc,
  id,
  lang,
  active,
  current,
  onChoose,
}: DocumentOptionProps) {
  const { t } = useTranslation('source', { lng: lang });
  const other: Language = lang === 'ar' ? 'en' : 'ar';
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className="doc-option"
      data-document={doc.id}
      data-current={current || undefined}
      onClick={() => onChoose(doc)}
    >
      <span className="doc-option__title" lang={lang}>
        {doc.title[lang]}
        {current ? <span className="visually-hidden">{t('picker.current')}</span> : null}
      </span>
      <span className="doc-option__facts">
        {t('picker.facts', { date: formatDateShort(doc.published, lang) })}{' '}
        <span lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
          {doc.title[other]}
        </span>
      </span>
    </div>
  );
});
