/** The messages between the page and the search index's worker (search-index-worker.ts). */

export type SearchWorkerRequest =
  /**
   * Texts of entries, in entry order: `runs` holds five numbers per text to index (entry,
   * field rank, position in `texts`, from, to; to −1 for the text's end). A document's text is
   * sent once per batch for all its sentences.
   */
  | { kind: 'texts'; texts: string[]; runs: Int32Array }
  /** Every text was sent: build and answer. */
  | { kind: 'finish' };

export interface SearchWorkerReply {
  kind: 'built';
  /** The terms in the order first seen. */
  terms: string[];
  /** Every term's postings one after another: term t's are all[offsets[t], offsets[t + 1]). */
  all: Int32Array;
  offsets: Int32Array;
}
