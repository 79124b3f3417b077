/**
 * The largest corpus file a user may open (bytes). The locale files (robust.json,
 * fileError.too-large) name the same number of megabytes.
 */
export const CORPUS_SOURCE_LIMIT = 50 * 1024 * 1024;
