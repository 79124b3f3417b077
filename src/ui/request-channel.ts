/**
 * One view asking another that is not its parent to act (the source reader to focus the
 * evidence "Show in source" asked for): the explorer controller holds the channel, passes
 * `request` to one view (inside a command) and the channel, as a RequestSource, to the other.
 */
export interface RequestSource<T> {
  /** Calls `listener` with each request; returns the function that stops it. */
  listen(listener: (value: T) => void): () => void;
}

export interface RequestChannel<T> extends RequestSource<T> {
  request(value: T): void;
}

export function createRequestChannel<T>(): RequestChannel<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    request: (value) => {
      for (const listener of [...listeners]) listener(value);
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
