import './DataProblems.css';
import { useTranslation } from 'react-i18next';
import type { DataProblem } from '../../domain/corpus/check-corpus';
import type { Language } from '../../i18n/i18n';
import { countProblemRows } from './count-problem-rows';
import { ProblemList } from './ProblemList';

/**
 * A collapsible notice: how many rows of the corpus had problems and were left out (in whole
 * or in part), and, when opened, each problem, in a panel over what follows (the layout does
 * not move; Escape closes it). Nothing when there is no problem.
 */
export function DataProblems({
  problems,
  lang,
}: {
  problems: readonly DataProblem[];
  lang: Language;
}) {
  const { t } = useTranslation('problems', { lng: lang });
  const rows = countProblemRows(problems);
  if (rows === 0) return null;
  return (
    <section className="data-problems" aria-label={t('label')}>
      <details
        onKeyDown={(e) => {
          if (e.key === 'Escape') e.currentTarget.open = false;
        }}
      >
        <summary>
          <span className="data-problems__summary">{t('summary', { count: rows })}</span>{' '}
          <span className="data-problems__toggle">{t('toggle')}</span>
        </summary>
        <div className="data-problems__body">
          <p>{t('explain')}</p>
          <ProblemList problems={problems} lang={lang} />
        </div>
      </details>
    </section>
  );
}
