/** The part of i18next's `t` the event detail's pure functions use (keys of event.json). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
