import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import type { FormProblem } from './curate-form';

/** What to fix in a form before it can be sent, announced when it appears. */
export function FormProblems({ problems, lang }: { problems: FormProblem[]; lang: Language }) {
  const { t } = useTranslation('curate', { lng: lang });
  if (problems.length === 0) return null;
  return (
    <div className="curate__alert" role="alert">
      <p>{t('form.fixFirst')}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.key + JSON.stringify(p.values ?? {})}>{t(p.key, p.values)}</li>
        ))}
      </ul>
    </div>
  );
}
