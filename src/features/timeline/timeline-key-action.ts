/** What a key pressed while the timeline has focus does. */
export type TimelineKeyAction =
  | { kind: 'zoom'; direction: 'in' | 'out' }
  | { kind: 'pan'; toward: 'earlier' | 'later' }
  | { kind: 'fit' };

/**
 * + / − zoom, ← / → pan, Home or 0 fits every event. In right-to-left layouts earlier dates
 * are on the right, so → moves towards earlier dates: the arrows follow what the reader sees.
 * `code` is a fallback for keyboard layouts (e.g. Arabic) whose `key` differs.
 */
export function timelineKeyAction(
  key: string,
  code: string,
  rtl: boolean,
): TimelineKeyAction | null {
  if (key === '+' || key === '=' || code === 'NumpadAdd' || code === 'Equal')
    return { kind: 'zoom', direction: 'in' };
  if (key === '-' || key === '_' || code === 'NumpadSubtract' || code === 'Minus')
    return { kind: 'zoom', direction: 'out' };
  if (key === 'ArrowRight') return { kind: 'pan', toward: rtl ? 'earlier' : 'later' };
  if (key === 'ArrowLeft') return { kind: 'pan', toward: rtl ? 'later' : 'earlier' };
  if (key === 'Home' || key === '0' || code === 'Digit0' || code === 'Numpad0')
    return { kind: 'fit' };
  return null;
}
