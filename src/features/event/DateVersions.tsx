import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { dateVersions, type DateVersion } from '../../domain/dates/date-versions';
import type { CorpusEvent } from '../../domain/corpus/schema';
import { formatDateValue } from '../../i18n/format-date';

const RELATION_KEY: Record<DateVersion['relation'], string> = {
  dates: 'versions.dates',
  after: 'versions.after',
  other: 'versions.mentions',
};

interface DateVersionsProps {
  index: CorpusIndex;
  event: CorpusEvent;
  lang: 'ar' | 'en';
}

/**
 * How each source dates the event, in its own words, resolved against its own publication
 * date; a date that does not match the event's is shown as "also mentions", not as a conflict
 * (it is often another event's date quoted in the same passage), and the date a reported event
 * is known to come after ("after the agreement of November 2019") as such, not as its date.
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
            <li key={`${v.document}:${v.start}`} data-agrees={v.agrees} data-relation={v.relation}>
              {t(RELATION_KEY[v.relation], {
                // Per precision: Arabic says «بيوم الجمعة…», «بشهر نوفمبر…», «بعام…».
                context: v.relation === 'dates' ? v.value.precision : undefined,
                document: index.documentsById.get(v.document)?.title[lang] ?? v.document,
                date: formatDateValue(v.value, lang),
              })}{' '}
              <bdi
                lang="ar"
                dir="rtl"
                className={v.words.length <= 32 ? 'isolated-quote' : undefined}
              >
                «{v.words}»
              </bdi>
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
