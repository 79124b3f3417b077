import './CorpusErrorDetails.css';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import type { CorpusError } from './corpus-error';
import { ProblemList } from './ProblemList';

/**
 * What is wrong with a corpus and what to do, in the user's language: for the bundled corpus
 * (fetched) or for a file the user opened. The technical detail stays left to right.
 */
export function CorpusErrorDetails({
  error,
  source,
  lang,
}: {
  error: CorpusError;
  source: 'bundled' | 'file';
  lang: Language;
}) {
  const { t } = useTranslation('robust', { lng: lang });
  const prefix = `${source === 'file' ? 'fileError' : 'error'}.${error.kind}`;
  return (
    <div className="corpus-error">
      <p>{t(`${prefix}.what`)}</p>
      {error.kind === 'schema' ? (
        <ProblemList problems={error.problems} lang={lang} />
      ) : error.detail ? (
        <p className="corpus-error__detail">
          {t('detail')} <code dir="ltr">{error.detail}</code>
        </p>
      ) : null}
      <p>{t(`${prefix}.todo`)}</p>
    </div>
  );
}
