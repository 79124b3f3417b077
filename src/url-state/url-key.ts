/** The declaration of one URL query key: how a ViewState field lives in the URL. */
export interface UrlKey<T> {
  /** The key's name in the query string. */
  readonly name: string;
  /** The value from its decoded text, or undefined when the text is malformed. */
  parse(raw: string): T | undefined;
  /** The value as decoded text, or null to leave the key out (the default). */
  serialise(value: T): string | null;
  /** A change to this key pushes a history entry (Back undoes it) or replaces the current one. */
  readonly history: 'push' | 'replace';
  /** Longer decoded text is dropped as 'too-long' without being parsed. */
  readonly maxLength: number;
}
