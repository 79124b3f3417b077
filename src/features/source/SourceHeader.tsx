import { useTranslation } from 'react-i18next';
import type { DocumentInfo } from '../../domain/corpus/split-schema';
import type { Language } from '../../i18n/i18n';
import { HowWeKnow } from '../../ui/HowWeKnow';
import { describePublished } from './describe-published';

interface SourceHeaderProps {
  doc: DocumentInfo;
  lang: Language;
  headingId: string;
}

/** What is known about the document: title, publisher, publication date, credited sources. */
export function SourceHeader({ doc, lang, headingId }: SourceHeaderProps) {
  const { t } = useTranslation('source', { lng: lang });
  return (
    <header className="source-header">
      <h2 id={headingId} className="source-header__title">
        {doc.title[lang]}
      </h2>
      <dl className="source-header__facts">
        <div>
          <dt>{t('publisher')}</dt>
          <dd>{doc.publisher[lang]}</dd>
        </div>
        <div>
          <dt>{t('published')}</dt>
          <dd>
            {/* The date in words; how it is known (a curator's reasoning) behind a disclosure. */}
            {describePublished({ ...doc.published, note: undefined }, lang, t)}
            {doc.published.note ? (
              <HowWeKnow>
                <p>{doc.published.note[lang]}</p>
              </HowWeKnow>
            ) : null}
          </dd>
        </div>
        {doc.credits.length > 0 ? (
          <div>
            <dt>{t('credits')}</dt>
            <dd>
              <ul className="source-header__credits">
                {doc.credits.map((credit) => (
                  <li key={credit} lang="ar" dir="rtl">
                    {credit}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </header>
  );
}
