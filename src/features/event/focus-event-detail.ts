import { attributeValue } from './attribute-value';

/**
 * Moves focus to the heading of the event detail, if it shows the event `id` (the list and the
 * timeline call this when the user asks for the detail of the selected event). Returns whether
 * it did.
 */
export function focusEventDetail(id: string): boolean {
  const heading = document.querySelector<HTMLElement>(
    `.event-detail[data-event=${attributeValue(id)}] [data-event-detail-heading]`,
  );
  if (!heading) return false;
  heading.focus();
  return true;
}
