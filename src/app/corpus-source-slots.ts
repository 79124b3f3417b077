/**
 * Whether Explorer shows the corpus controls (the badge and the Open button) in its header and
 * the corpus notices (data problems, a file that failed) below its URL notice, through its
 * optional `corpusControls` and `notices` props. Until it does, App puts them in a bar above
 * the explorer, and only when there is something to show (the Open button then waits for the
 * header; dropping a file on the page works all the same).
 */
export const CORPUS_SLOTS_IN_EXPLORER = true;
