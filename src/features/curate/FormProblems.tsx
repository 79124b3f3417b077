import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import type { FormProblem } from './curate-form';

/**
 * What to fix in a form before it can be sent, announced when it appears; `intro` is the locale
 * key of the line before the list (a draft is accepted, a document's file saved).
 */
export function FormProblems({
  problems,
  lang,
  intro = 'form.fixFirst',
}: {
  problems: FormProblem[];
  lang: Language;
  intro?: string;
}) {
  const { t } = useTranslation('curate', { lng: lang });
  if (problems.length === 0) return null;
  return (
    <div className="curate__alert" role="alert">
      <p>{t(intro)}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.key + JSON.stringify(p.values ?? {})}>{t(p.key, p.values)}</li>
        ))}
      </ul>
    </div>
  );
}
