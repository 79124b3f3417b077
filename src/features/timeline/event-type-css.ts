import { eventTypes } from '../../domain/corpus/schema';
import { EVENT_TYPE_STYLE } from '../../ui/event-type-style';

/**
 * CSS giving each `.tl-type-<type>` its colour as `--tl-color`, from the shared event-type
 * style (the map uses the same), so colours are declared once in src/ui and not copied into
 * TimelineView.css. vis-timeline gives an item's className to its box and its dot, so both
 * pick the colour up.
 */
export function eventTypeCss(scope: string): string {
  return eventTypes
    .map((type) => `${scope} .tl-type-${type}{--tl-color:${EVENT_TYPE_STYLE[type].color}}`)
    .join('\n');
}
