import { isBinId } from './timeline-bin-item';

/** Put before an event id that vis-timeline could not keep as it is. */
const ESCAPED = '~e:';

/**
 * The id an event's item has in vis-timeline. vis-timeline keeps its items in plain objects
 * (`items[id]`), where an id such as `constructor`, `toString` or `__proto__` finds
 * Object.prototype's member instead of the item (and crashes the timeline: "e.hide is not a
 * function"). Such ids, and any id starting with `~` (the bins' prefix), are escaped; every
 * other id is the event id itself, so `.vis-item[data-id="<event id>"]` finds its item.
 */
export function toItemId(eventId: string): string {
  return eventId in Object.prototype || eventId.startsWith('~') ? ESCAPED + eventId : eventId;
}

/** The event id of an item id (toItemId undone); null for a bin. */
export function eventIdOfItem(itemId: string): string | null {
  if (itemId.startsWith(ESCAPED)) return itemId.slice(ESCAPED.length);
  return isBinId(itemId) ? null : itemId;
}
