import type { TimelineEventItem } from './TimelineEventItem';

function isEventItem(item: unknown): item is TimelineEventItem {
  return typeof item === 'object' && item !== null && 'glyph' in item && 'content' in item;
}

/**
 * vis-timeline's `template`: the type's glyph and the title, built as DOM nodes (text is never
 * parsed as HTML). Cluster items have no glyph: their own content (the count) is kept.
 */
export function renderItemContent(item?: unknown): HTMLElement | string {
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
  root.append(glyph, label);
  if (item.spoken) {
    const spoken = document.createElement('span');
    spoken.className = 'tl-visually-hidden';
    spoken.textContent = item.spoken;
    root.append(spoken);
  }
  return root;
}
