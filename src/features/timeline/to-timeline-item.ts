import './timeline-strings';
import type { CorpusEvent } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';
import { EVENT_TYPE_STYLE } from '../../ui/event-type-style';
import { certaintyOf } from './certainty-of';
import { escapeHtml } from '../../ui/escape-html';
import { formatEventDate } from './format-event-date';
import { isoDayToDate } from './iso-day-to-date';
import type { TimelineEventItem } from './timeline-event-item';
import { toItemId } from './timeline-item-id';
import type { Translate } from '../../i18n/i18n';

/**
 * An event as a timeline item (pure: no vis-timeline, no DOM).
 * An exact day is a point; a month, a year, a period or a date known only as "on or before
 * publication" is a range from its first day to the day after its last (vis-timeline's end
 * is exclusive). Class names carry the type, its shape and the date's certainty so that CSS
 * draws uncertainty with hatching and dashes, not with colour alone.
 */
export function toTimelineItem(
  event: CorpusEvent,
  lang: Language,
  t: Translate,
): TimelineEventItem {
  const { date, type } = event;
  const style = EVENT_TYPE_STYLE[type];
  const certainty = certaintyOf(date);
  const label = event.title[lang];
  const when = formatEventDate(date, lang, t);
  // A planned event (an election set for a day, say) says whether it took place.
  const plan = event.plan ? t(`plan.${event.plan.status}`) : null;
  const lines = [label, when, t(`certainty.${certainty}`)];
  if (plan) lines.push(plan);
  const title = lines.map(escapeHtml).join('<br>');
  const spoken = t('spoken', {
    type: t(`types.${type}`),
    date: plan ? `${when}; ${plan}` : when,
    certainty: t(`certainty.${certainty}`),
  });
  const className = [
    'tl-item',
    `tl-type-${type}`,
    `tl-shape-${style.shape}`,
    `tl-${certainty}`,
    `tl-precision-${date.precision}`,
    ...(event.plan ? ['tl-planned'] : []),
  ].join(' ');
  const common = {
    id: toItemId(event.id),
    eventId: event.id,
    start: isoDayToDate(date.start),
    content: label,
    title,
    className,
    eventType: type,
    certainty,
    glyph: style.glyph,
    spoken,
  };
  return certainty === 'exact'
    ? { ...common, type: 'point' }
    : { ...common, type: 'range', end: isoDayToDate(date.end, 1) };
}
