import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus-index';
import { dateVersions } from '../../domain/date-versions';
import type { CorpusEvent } from '../../domain/schema';
import { formatDateValue } from '../../i18n/format-date';

interface DateVersionsProps {
  index: CorpusIndex;
  event: CorpusEvent;
  lang: 'ar' | 'en';
}

/**
 * How each source dates the event, in its own words, resolved against its own publication
 * date; a date that does not match the event's is shown as "also mentions", not as a conflict
 * (it is often another event's date quoted in the same passage).
 */
export function DateVersions({ index, event, lang }: DateVersionsProps) {
  const { t } = useTranslation('event', { lng: lang });
  const versions = dateVersions(index, event);
  if (versions.length === 0) return null;
  const agreeing = new Set(versions.filter((v) => v.agrees).map((v) => v.document));
  return (
    <>
      <dt>{t('versions.heading')}</dt>
      <dd className="event-detail__versions">
        {agreeing.size > 1 ? (
          <p className="event-detail__versions-summary">
            {t('versions.agree', { count: agreeing.size })}
          </p>
        ) : null}
        <ul>
          {versions.map((v) => (
            <li key={`${v.document}:${v.start}`} data-agrees={v.agrees}>
              {t(v.agrees ? 'versions.dates' : 'versions.mentions', {
                document: index.documentsById.get(v.document)?.title[lang] ?? v.document,
                date: formatDateValue(v.value, lang),
              })}{' '}
              <bdi lang="ar">«{v.words}»</bdi>
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
