import './ProblemList.css';
import { useTranslation } from 'react-i18next';
import type { DataProblem } from '../../domain/corpus/check-corpus';
import type { Language } from '../../i18n/i18n';
import { cutValue } from './cut-value';

/** Problems shown at most; the rest are counted. */
const PROBLEMS_SHOWN = 100;

/**
 * Each problem as one line: which row (kind and id) and field, what is wrong in words, the
 * technical detail (left to right) where it adds something, and what was left out.
 */
export function ProblemList({
  problems,
  lang,
}: {
  problems: readonly DataProblem[];
  lang: Language;
}) {
  const { t } = useTranslation('problems', { lng: lang });
  const hidden = problems.length - PROBLEMS_SHOWN;
  /** A value quoted from the corpus, cut to a readable length with its full length stated. */
  const quote = (value: string) => {
    const { shown, cut } = cutValue(value);
    return cut ? `${shown}${t('cut', { count: value.length })}` : shown;
  };
  return (
    <>
      <ul className="problem-list">
        {problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
          <li key={i} className="problem-list__item">
            <span className="problem-list__where">
              {p.kind === 'corpus' ? null : (
                <>
                  {t(`kind.${p.kind}`)} <bdi className="problem-list__id">{quote(p.id)}</bdi>
                  {p.field ? ' · ' : null}
                </>
              )}
              {p.field ? <code dir="ltr">{p.field}</code> : null}
            </span>
            {p.field || p.kind !== 'corpus' ? ': ' : null}
            <span className="problem-list__what">{t(`code.${p.problem}`)}</span>
            {p.detail && p.problem !== 'missing' ? (
              <>
                {' '}
                <code className="problem-list__detail" dir="ltr">
                  {quote(p.detail)}
                </code>
              </>
            ) : null}
            {p.action === 'fatal' ? null : (
              <span className="problem-list__action">{t(`action.${p.action}`)}</span>
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 ? <p>{t('more', { count: hidden })}</p> : null}
    </>
  );
}
