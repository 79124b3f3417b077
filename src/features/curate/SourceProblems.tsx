import { useTranslation } from 'react-i18next';
import type { SourceFile } from '../../domain/curation/curate-review';
import type { Problem } from '../../domain/corpus/problem';
import type { Language } from '../../i18n/i18n';
import { knownSourceMessage, sourceField } from './source-form';

/**
 * Why preprocess would reject a document's meta or translation, field by field, in the
 * curator's language; a message the page cannot word is shown as the pipeline wrote it.
 */
export function SourceProblems({
  file,
  problems,
  lang,
}: {
  file: SourceFile;
  problems: readonly Problem[];
  lang: Language;
}) {
  const { t } = useTranslation('curate', { lng: lang });
  if (problems.length === 0) return null;
  return (
    <div className="curate__alert" role="alert">
      <p>{t('failure.invalid')}</p>
      <ul>
        {problems.map((p, i) => {
          const field = sourceField(file, p.path);
          const known = knownSourceMessage(p.message);
          return (
            <li key={i}>
              <strong>{t(field.key, field.values)}</strong>
              {t('colon')}
              {known ? (
                t(known.key, known.values)
              ) : (
                <bdi lang="en" dir="ltr">
                  {p.message}
                </bdi>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
