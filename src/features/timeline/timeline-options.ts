import './timeline-strings';
import type { TimelineOptions } from 'vis-timeline/peer';
import type { Language } from '../../i18n/i18n';
import { MOMENT_LOCALE, timelineMoment } from './timeline-moment';
import { renderItemContent } from './render-item-content';
import type { Translate } from '../../i18n/i18n';

const DAY = 24 * 60 * 60 * 1000;

/** Zoom limits: about a day across at most, about thirty years at least. */
export const ZOOM_MIN = DAY;
export const ZOOM_MAX = 30 * 365.25 * DAY;

/**
 * The options a Timeline is created with for one language. `rtl` only takes effect when a
 * Timeline is created, so the adapter re-creates it when the language changes.
 * No `cluster` option: vis-timeline's clustering lays out every item first (seconds at a few
 * thousand); dense periods come as "N events" bins instead (src/domain/timeline/timeline-bins.ts).
 */
export function timelineOptions(lang: Language, t: Translate): TimelineOptions {
  const locale = MOMENT_LOCALE[lang];
  return {
    rtl: lang === 'ar',
    locale,
    // vis-timeline's own strings (it ships none in Arabic).
    locales: {
      [locale]: {
        current: t('vis.current'),
        time: t('vis.time'),
        deleteSelected: t('vis.deleteSelected'),
      },
    },
    moment: timelineMoment(lang),
    height: '100%',
    verticalScroll: true,
    // Items hang from the axis at the top; more than the frame holds scroll below, with a
    // scroll bar at the frame's start side and a shadow at its foot.
    orientation: { axis: 'top', item: 'top' },
    margin: { axis: 4, item: { horizontal: 4, vertical: 1 } },
    stack: true,
    zoomMin: ZOOM_MIN,
    zoomMax: ZOOM_MAX,
    zoomable: true,
    moveable: true,
    selectable: true,
    multiselect: false,
    editable: false,
    showCurrentTime: false,
    showTooltips: true,
    tooltip: { followMouse: false, overflowMethod: 'flip', delay: 200 },
    // Puts data-id="<event id>" on each item's element (the box of a range, the point of a
    // point): browser tests find an event's item with `.vis-item[data-id="<id>"]`.
    // data-eventid="<event id>" too: the same, also for an escaped id (see toItemId).
    dataAttributes: ['id', 'eventId'],
    template: renderItemContent,
  };
}
