/**
 * The timeline's view in the URL, `view=2020-06-28..2020-07-08`: the days it shows (both
 * inclusive). Navigation only: it never changes which events the other views show (the time
 * filter is `from`/`to`).
 */
import { isIsoDate } from './iso-date';

export interface TimeView {
  /** First day shown, ISO YYYY-MM-DD. */
  start: string;
  /** Last day shown (inclusive), ISO YYYY-MM-DD; start ≤ end. */
  end: string;
}

const SEPARATOR = '..';

export function parseTimeView(raw: string): TimeView | undefined {
  const parts = raw.split(SEPARATOR);
  if (parts.length !== 2) return undefined;
  const [start = '', end = ''] = parts;
  if (!isIsoDate(start) || !isIsoDate(end) || start > end) return undefined;
  return { start, end };
}

export function formatTimeView(view: TimeView): string {
  return `${view.start}${SEPARATOR}${view.end}`;
}
