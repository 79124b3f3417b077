/**
 * An element that another view may ask to focus, by key: the event detail's heading, which
 * the list and the timeline focus when the user opens the detail of the selected event. The
 * view that draws the element registers it (`set`, from a ref); the explorer controller's
 * command asks for it (`focus`). No view looks for another's elements in the DOM.
 */
export interface FocusTarget {
  /** Registers `element` for `key`; null unregisters it (the element is gone). */
  set(key: string, element: HTMLElement | null): void;
  /** Focuses the element registered for `key`; false when there is none. */
  focus(key: string): boolean;
}

export function createFocusTarget(): FocusTarget {
  let current: { key: string; element: HTMLElement } | null = null;
  return {
    set: (key, element) => {
      if (element) current = { key, element };
      else if (current?.key === key) current = null;
    },
    focus: (key) => {
      if (current?.key !== key || !current.element.isConnected) return false;
      current.element.focus();
      return true;
    },
  };
}
