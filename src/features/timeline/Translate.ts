/** The part of i18next's `t` the timeline's pure functions use (keys of timeline.json). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
