/** The part of i18next's `t` the reader's pure functions use (keys of source.json). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
