/**
 * What the index of a split corpus says it is (its `format`), apart from the schema, so that a
 * loader can tell an index from a whole corpus without loading the index's checks.
 */
export const SPLIT_INDEX_FORMAT = 'athar-split-index';

/** Does `raw` say it is a split index (whatever else is wrong with it)? */
export function isSplitIndex(raw: unknown): boolean {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    (raw as Record<string, unknown>).format === SPLIT_INDEX_FORMAT
  );
}
