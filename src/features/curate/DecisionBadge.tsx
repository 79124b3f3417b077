import { useTranslation } from 'react-i18next';
import type { Decision, KnownEntry } from '../../domain/curation/curate-review';
import type { Language } from '../../i18n/i18n';

/** What was decided on a draft, in words («Accepted as “…”», «Rejected»). */
export function DecisionBadge({
  decision,
  known,
  lang,
}: {
  decision: Decision;
  known: readonly KnownEntry[];
  lang: Language;
}) {
  const { t } = useTranslation('curate', { lng: lang });
  const entry = known.find((k) => k.id === decision.id);
  return (
    <p className={`curate__decision curate__decision--${decision.action}`}>
      {decision.action === 'reject' ? (
        t('decision.reject')
      ) : (
        <>
          {t(`decision.${decision.action}`)} <bdi>{entry ? entry.name[lang] : decision.id}</bdi>
        </>
      )}
    </p>
  );
}
