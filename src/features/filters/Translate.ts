/** The part of i18next's `t` that the filters' pure functions use. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
