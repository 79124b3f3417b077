import type { CorpusEvent } from '../../domain/corpus/schema';
import { eventTypes } from '../../domain/corpus/schema';
import { EVENT_TYPE_STYLE } from '../../ui/event-type-style';

/**
 * A CSS conic-gradient with one arc per event type, in proportion to its events (largest
 * first, ties in the order of `eventTypes`), coloured as on the timeline.
 */
export function typeRing(events: readonly CorpusEvent[]): string {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const types = eventTypes
    .filter((t) => counts.has(t))
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  let from = 0;
  const stops = types.map((type) => {
    const to = from + ((counts.get(type) ?? 0) / events.length) * 100;
    const stop = `${EVENT_TYPE_STYLE[type].color} ${from.toFixed(2)}% ${to.toFixed(2)}%`;
    from = to;
    return stop;
  });
  return `conic-gradient(${stops.join(', ') || '#555 0% 100%'})`;
}
