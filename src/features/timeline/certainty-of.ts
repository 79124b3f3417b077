import type { DateValue } from '../../domain/corpus/schema';
import type { Certainty } from './timeline-event-item';

/** Which of the three ways of drawing a date applies (see `Certainty`). */
export function certaintyOf(date: DateValue): Certainty {
  if (date.basis === 'reported') return 'reported';
  if (date.precision === 'day' && date.start === date.end) return 'exact';
  return 'approximate';
}
