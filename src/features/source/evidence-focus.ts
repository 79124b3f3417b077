/**
 * "Show in source" (in the event detail) asks the source reader to move focus to the marked
 * evidence of a document. The two views are not parents of each other, so the request goes
 * through one DOM event on `window`: the reader focuses the passage now when it shows that
 * document, or as soon as it does.
 */
const REQUEST = 'athar:focus-evidence';

/** Asks the source reader to focus the first marked passage of `documentId`. */
export function requestEvidenceFocus(documentId: string): void {
  window.dispatchEvent(new CustomEvent<string>(REQUEST, { detail: documentId }));
}

/** Listens for requestEvidenceFocus; returns the function that stops listening. */
export function onEvidenceFocusRequest(listener: (documentId: string) => void): () => void {
  const handle = (e: Event) => {
    if (e instanceof CustomEvent && typeof e.detail === 'string') listener(e.detail);
  };
  window.addEventListener(REQUEST, handle);
  return () => window.removeEventListener(REQUEST, handle);
}
