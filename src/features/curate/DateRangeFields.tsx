import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import type { Precision } from './source-form';

const PRECISIONS: Precision[] = ['day', 'month', 'year', 'range'];

interface DateRange {
  start: string;
  end: string;
  precision: Precision;
}

/** The first day, last day and precision of a date the curator gives: three fields. */
export function DateRangeFields<F extends DateRange>({
  value,
  lang,
  onChange,
}: {
  value: F;
  lang: Language;
  onChange: (value: F) => void;
}) {
  const { t } = useTranslation('curate', { lng: lang });
  const set = (change: Partial<DateRange>) => onChange({ ...value, ...change });
  return (
    <>
      <label className="curate-form__field">
        <span>{t('form.start')}</span>
        <input type="date" value={value.start} onChange={(e) => set({ start: e.target.value })} />
      </label>
      <label className="curate-form__field">
        <span>{t('form.end')}</span>
        <input type="date" value={value.end} onChange={(e) => set({ end: e.target.value })} />
      </label>
      <label className="curate-form__field">
        <span>{t('form.precision')}</span>
        <select
          value={value.precision}
          onChange={(e) => set({ precision: e.target.value as Precision })}
        >
          {PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {t(`precision.${p}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
