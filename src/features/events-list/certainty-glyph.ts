import type { DateCertainty } from './date-certainty';

/** The visible mark beside an uncertain date (its meaning is also given as text). */
export const CERTAINTY_GLYPH: Record<Exclude<DateCertainty, 'exact'>, string> = {
  onOrBefore: '≤',
  month: '≈',
  year: '≈',
  range: '↔',
};
