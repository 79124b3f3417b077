import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import type { CurateFailure } from './curate-api';
import { knownMessage, problemField } from './curate-form';

/**
 * Why a decision was not saved (or, with `baseline`, why preprocess rejects the curation as it
 * is now), in the curator's language; a message the page cannot word is shown as the pipeline
 * wrote it, in English.
 */
export function CurateFailureMessage({
  failure,
  lang,
  baseline = false,
  onReload,
}: {
  failure: CurateFailure;
  lang: Language;
  baseline?: boolean;
  onReload?: () => void;
}) {
  const { t } = useTranslation('curate', { lng: lang });
  if (failure.reason !== 'invalid')
    return (
      <div className="curate__alert" role="alert">
        <p>{t(`failure.${failure.reason}`)}</p>
        {'message' in failure ? (
          <p>
            <bdi lang="en" dir="ltr">
              {failure.message}
            </bdi>
          </p>
        ) : null}
        {(failure.reason === 'stale' || failure.reason === 'decided') && onReload ? (
          <button type="button" className="curate__button" onClick={onReload}>
            {t('reload')}
          </button>
        ) : null}
      </div>
    );
  return (
    <div className="curate__alert" role="alert">
      <p>{t(baseline ? 'failure.baseline' : 'failure.invalid')}</p>
      <ul>
        {failure.problems.map((p, i) => {
          const known = knownMessage(p.message);
          return (
            <li key={i}>
              <strong>{t(`field.${problemField(p.path)}`)}</strong>
              {t('colon')}
              {known ? (
                t(known.key, known.values)
              ) : (
                <bdi lang="en" dir="ltr">
                  {p.message}
                </bdi>
              )}
              {baseline ? (
                <>
                  {' '}
                  <bdi lang="en" dir="ltr" className="curate__file">
                    ({p.file})
                  </bdi>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
