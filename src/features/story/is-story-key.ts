/**
 * Whether a key press steps a story: +1 for the next step, -1 for the previous one, 0 for
 * neither. Next is the arrow that points along the script (← in Arabic, → in English). Keys
 * typed in a field, or pressed in a view that uses arrows itself (the timeline, the map, a
 * list), are left alone.
 */
const OWN_ARROWS =
  'input, textarea, select, [contenteditable], .vis-timeline, .leaflet-container, [role="listbox"], [role="grid"], [role="tablist"], [role="radiogroup"], [role="slider"]';

export function isStoryKey(
  e: Pick<KeyboardEvent, 'key' | 'target' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
  rtl: boolean,
): -1 | 0 | 1 {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return 0;
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return 0;
  const target = e.target as Element | null;
  if (target && typeof target.closest === 'function' && target.closest(OWN_ARROWS)) return 0;
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  return e.key === forward ? 1 : -1;
}
