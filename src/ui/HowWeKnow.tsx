import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Curation notes (where a fact comes from, how a date is known) behind a closed disclosure, in
 * sentences: the answer is one click away and never in the way.
 */
export function HowWeKnow({ children }: { children: ReactNode }) {
  const { t } = useTranslation('layout');
  return (
    <details className="how-we-know">
      <summary>{t('howWeKnow')}</summary>
      <div className="how-we-know__body">{children}</div>
    </details>
  );
}
