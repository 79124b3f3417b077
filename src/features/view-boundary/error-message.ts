const MAX_LENGTH = 200;

/** A thrown value as a short message (anything can be thrown, not only Errors). */
export function errorMessage(error: unknown): string {
  let text: string;
  if (error instanceof Error) text = error.message || error.name;
  else {
    try {
      text = String(error);
    } catch {
      text = '';
    }
  }
  text = text.trim() || '?';
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}
