import { describe, expect, it } from 'vitest';
import {
  timelineOptions,
  ZOOM_MAX,
  ZOOM_MIN,
} from '../../../src/features/timeline/timeline-options';
import { i18n } from '../../../src/i18n/i18n';
import { DAY_MS } from '../../../src/domain/dates/day-ms';

describe('timelineOptions', () => {
  const ar = timelineOptions('ar', i18n.getFixedT('ar', 'timeline'));
  const en = timelineOptions('en', i18n.getFixedT('en', 'timeline'));

  it('lays the axis out right to left in Arabic only', () => {
    expect(ar.rtl).toBe(true);
    expect(en.rtl).toBe(false);
  });

  it('gives vis-timeline the moment locale and its own strings in the interface language', () => {
    expect(ar.locale).toBe('ar-ly');
    expect(en.locale).toBe('en');
    const arStrings: unknown = ar.locales?.['ar-ly'];
    expect(arStrings).toEqual({ current: 'الحالي', time: 'الوقت', deleteSelected: 'حذف المحدد' });
    expect(ar.moment?.(Date.UTC(2020, 6, 3)).format('MMMM')).toBe('يوليو');
  });

  it('zooms from about a day to about thirty years', () => {
    expect(ZOOM_MIN).toBe(DAY_MS);
    expect(Math.round(ZOOM_MAX / (365.25 * DAY_MS))).toBe(30);
    expect([ar.zoomMin, ar.zoomMax]).toEqual([ZOOM_MIN, ZOOM_MAX]);
  });

  it("stacks items, is read-only, and leaves dense periods to the bins, not vis-timeline's clusters", () => {
    expect(en.stack).toBe(true);
    expect(en.editable).toBe(false);
    // vis-timeline's clustering lays out every item first: seconds at a few thousand events.
    expect(en.cluster).toBeUndefined();
    expect(ar.cluster).toBeUndefined();
  });

  it("puts each event's ids on its element for tests: .vis-item[data-id], [data-eventid]", () => {
    expect(en.dataAttributes).toEqual(['id', 'eventId']);
  });
});
