/** A URL value that was not used, and why; shown to the user as a polite notice. */
export interface Dropped {
  /** The query key (clipped when very long). */
  key: string;
  /** The decoded value (clipped when very long). */
  value: string;
  /**
   * `repeated`: the key came again (the first one is used); `reversed`: the time filter's
   * `from` is after its `to`.
   */
  reason: 'malformed' | 'unknown-key' | 'unknown-id' | 'too-long' | 'repeated' | 'reversed';
}
