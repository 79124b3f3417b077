import './timeline-strings';
import { binZoomWindow, type TimelineEntry } from '../../domain/timeline/timeline-bins';
import type { Language } from '../../i18n/i18n';
import { INTL_LOCALE } from '../../i18n/intl-locale';
import { escapeHtml } from '../../ui/escape-html';
import { formatBinPeriod } from './format-bin-period';
import { BIN_ID_PREFIX, type TimelineBinItem } from './timeline-bin-item';
import type { Translate } from '../../i18n/i18n';

type Bin = Extract<TimelineEntry, { kind: 'bin' }>;

/** 1 below 10 events, 2 below 100, 3 below 1,000, 4 from 1,000: drawn darker as it grows. */
export function binLevel(count: number): number {
  return Math.min(4, Math.max(1, Math.floor(Math.log10(Math.max(count, 1))) + 1));
}

/**
 * A bin as a timeline item (pure). `gapMs` is taken off its end, so that bins side by side
 * do not touch (vis-timeline would stack touching items).
 */
export function toBinItem(bin: Bin, gapMs: number, lang: Language, t: Translate): TimelineBinItem {
  const period = formatBinPeriod(bin.unit, bin.start, bin.end, lang);
  const count = new Intl.NumberFormat(INTL_LOCALE[lang]).format(bin.count);
  const spoken = t('bin.spoken', { count: bin.count, formatted: count, period });
  const zoom = binZoomWindow(bin);
  const end = Math.max(bin.end - gapMs, bin.start + (bin.end - bin.start) / 2);
  return {
    id: `${BIN_ID_PREFIX}${bin.unit}:${String(bin.start)}`,
    type: 'range',
    start: new Date(bin.start),
    end: new Date(end),
    content: count,
    title: `${escapeHtml(spoken)}<br>${escapeHtml(t('bin.zoom'))}`,
    className: `tl-bin tl-bin-level-${String(binLevel(bin.count))}`,
    count: bin.count,
    unit: bin.unit,
    periodStart: bin.start,
    periodEnd: bin.end,
    zoomStart: zoom.start,
    zoomEnd: zoom.end,
    spoken,
  };
}
