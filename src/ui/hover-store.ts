/**
 * The hovered event: throwaway UI state that changes on every pointer move, so it lives outside
 * React (read with useHovered). The explorer creates one store; views that set the hover call
 * `set`, and only the small parts that show it (a row, the markers, the timeline's canvas)
 * subscribe, so a hover re-renders those and not the views around them.
 */
export interface HoverSource {
  /** The hovered event's id, or null. */
  get(): string | null;
  /** Calls `listener` after each change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

export interface HoverStore extends HoverSource {
  set(id: string | null): void;
}

export function createHoverStore(): HoverStore {
  let hovered: string | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => hovered,
    set: (id) => {
      if (id === hovered) return;
      hovered = id;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
