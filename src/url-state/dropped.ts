/** A URL value that was not used, and why; shown to the user as a polite notice. */
export interface Dropped {
  /** The query key (clipped when very long). */
  key: string;
  /** The decoded value (clipped when very long). */
  value: string;
  reason: 'malformed' | 'unknown-key' | 'unknown-id' | 'too-long';
}
