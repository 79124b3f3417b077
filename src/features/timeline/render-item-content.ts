import type { TimelineBinItem } from './timeline-bin-item';
import type { TimelineEventItem } from './timeline-event-item';

function isEventItem(item: unknown): item is TimelineEventItem {
  return typeof item === 'object' && item !== null && 'glyph' in item && 'content' in item;
}

function isBinItem(item: unknown): item is TimelineBinItem {
  return typeof item === 'object' && item !== null && 'periodStart' in item && 'spoken' in item;
}

function span(className: string, text: string): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * vis-timeline's `template`: the type's glyph and the title, built as DOM nodes (text is never
 * parsed as HTML); for a bin, its count, and for screen readers how many events and when.
 */
export function renderItemContent(item?: unknown): HTMLElement | string {
  if (isBinItem(item)) {
    const root = span('tl-bin__content', '');
    const count = span('tl-bin__count', item.content);
    count.setAttribute('aria-hidden', 'true');
    root.append(count, span('visually-hidden', item.spoken));
    return root;
  }
  if (!isEventItem(item)) {
    const content: unknown =
      typeof item === 'object' && item !== null && 'content' in item ? item.content : '';
    return typeof content === 'string' ? content : '';
  }
  const root = document.createElement('span');
  root.className = 'tl-content';
  const glyph = document.createElement('span');
  glyph.className = 'tl-glyph';
  glyph.setAttribute('aria-hidden', 'true');
  glyph.textContent = item.glyph;
  const label = document.createElement('span');
  label.className = 'tl-label';
  label.textContent = item.content;
  // The glyph is hidden from screen readers: they hear the type, the date and how sure it is.
  // One mark per item: a point's marker has the type's shape, so only a range shows the glyph.
  if (item.type === 'range') root.append(glyph);
  root.append(label);
  if (item.spoken) {
    const spoken = document.createElement('span');
    spoken.className = 'visually-hidden';
    spoken.textContent = item.spoken;
    root.append(spoken);
  }
  return root;
}
