import type { DateValue } from '../../domain/corpus/schema';

/**
 * How sure a date is, as the list marks it:
 * - `exact`: one stated or resolved day;
 * - `onOrBefore`: reported without a date (it happened on or before publication);
 * - `month` / `year`: only the month or year is known;
 * - `range`: sometime between two days.
 */
export type DateCertainty = 'exact' | 'onOrBefore' | 'month' | 'year' | 'range';

export function dateCertainty(date: DateValue): DateCertainty {
  if (date.basis === 'reported' && (date.openStart === true || date.start === date.end))
    return 'onOrBefore';
  if (date.precision === 'month') return 'month';
  if (date.precision === 'year') return 'year';
  if (date.precision === 'range' || date.start !== date.end) return 'range';
  return 'exact';
}
