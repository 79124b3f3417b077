import './timeline-strings';
import type { CorpusEvent } from '../../domain/corpus/schema';
import type { Language } from '../../i18n/i18n';
import type { TimelineEventItem } from './timeline-event-item';
import { toTimelineItem } from './to-timeline-item';
import type { Translate } from '../../i18n/i18n';

/**
 * toTimelineItem for one language, remembered per event object: when the filters change,
 * the events that stay are not mapped (and their dates not formatted) again.
 */
export function createItemMapper(
  lang: Language,
  t: Translate,
): (event: CorpusEvent) => TimelineEventItem {
  const cache = new WeakMap<CorpusEvent, TimelineEventItem>();
  return (event) => {
    let item = cache.get(event);
    if (!item) {
      item = toTimelineItem(event, lang, t);
      cache.set(event, item);
    }
    return item;
  };
}
