import { describe, expect, it } from 'vitest';
import { i18n } from '../../../src/i18n/i18n';
import { toTimelineItem } from '../../../src/features/timeline/to-timeline-item';
import { EVENT_TYPE_STYLE } from '../../../src/ui/event-type-style';
import { makeEvent } from './make-event';

const en = i18n.getFixedT('en', 'timeline');
const ar = i18n.getFixedT('ar', 'timeline');
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('toTimelineItem', () => {
  it('draws an exact day as a point at midnight UTC, with no end', () => {
    const item = toTimelineItem(makeEvent('a', 'visit', { start: '2020-07-03' }), 'en', en);
    expect(item.type).toBe('point');
    expect(item.start).toEqual(utc(2020, 7, 3));
    expect(item).not.toHaveProperty('end');
    expect(item.certainty).toBe('exact');
  });

  it('draws a month as a range ending the day after its last day (exclusive end)', () => {
    const event = makeEvent('m', 'agreement', {
      start: '2019-11-01',
      end: '2019-11-30',
      precision: 'month',
      basis: 'relative',
    });
    const item = toTimelineItem(event, 'en', en);
    expect(item.type).toBe('range');
    expect(item.start).toEqual(utc(2019, 11, 1));
    expect(item.end).toEqual(utc(2019, 12, 1));
    expect(item.certainty).toBe('approximate');
  });

  it('draws a year and a period as ranges, crossing month and year ends', () => {
    const year = toTimelineItem(
      makeEvent('y', 'training', { start: '2020-01-01', end: '2020-12-31', precision: 'year' }),
      'en',
      en,
    );
    expect([year.start, year.end]).toEqual([utc(2020, 1, 1), utc(2021, 1, 1)]);
    const period = toTimelineItem(
      makeEvent('r', 'deployment', { start: '2020-01-05', end: '2020-02-29', precision: 'range' }),
      'en',
      en,
    );
    expect([period.type, period.start, period.end]).toEqual([
      'range',
      utc(2020, 1, 5),
      utc(2020, 3, 1),
    ]);
  });

  it('draws a day with different start and end as a range, not a point', () => {
    const item = toTimelineItem(
      makeEvent('d', 'call', { start: '2020-07-03', end: '2020-07-04', precision: 'day' }),
      'en',
      en,
    );
    expect(item.type).toBe('range');
    expect(item.certainty).toBe('approximate');
  });

  it('draws "on or before publication" as a range of its own certainty', () => {
    const event = makeEvent('p', 'statement', {
      start: '2020-08-20',
      end: '2020-08-20',
      precision: 'range',
      basis: 'reported',
    });
    const item = toTimelineItem(event, 'en', en);
    expect(item.type).toBe('range');
    expect([item.start, item.end]).toEqual([utc(2020, 8, 20), utc(2020, 8, 21)]);
    expect(item.certainty).toBe('reported');
    expect(item.className.split(' ')).toContain('tl-reported');
    expect(item.title).toContain('On or before 20 August 2020');
  });

  it('carries type, shape, certainty and precision in the class name', () => {
    const point = toTimelineItem(makeEvent('a', 'discovery', { start: '2020-06-11' }), 'en', en);
    expect(point.className.split(' ')).toEqual([
      'tl-item',
      'tl-type-discovery',
      `tl-shape-${EVENT_TYPE_STYLE.discovery.shape}`,
      'tl-exact',
      'tl-precision-day',
    ]);
    const month = toTimelineItem(
      makeEvent('m', 'meeting', { start: '2021-09-01', end: '2021-09-30', precision: 'month' }),
      'en',
      en,
    );
    expect(month.className.split(' ')).toEqual(
      expect.arrayContaining(['tl-type-meeting', 'tl-approximate', 'tl-precision-month']),
    );
    expect(point.eventType).toBe('discovery');
    expect(point.glyph).toBe(EVENT_TYPE_STYLE.discovery.glyph);
  });

  it('uses the title in the requested language', () => {
    const event = makeEvent(
      'a',
      'visit',
      { start: '2020-07-03' },
      { en: 'Akar visits Tripoli', ar: 'أكار يزور طرابلس' },
    );
    expect(toTimelineItem(event, 'en', en).content).toBe('Akar visits Tripoli');
    expect(toTimelineItem(event, 'ar', ar).content).toBe('أكار يزور طرابلس');
  });

  it('gives a tooltip with the title and the date in words, in that language', () => {
    const event = makeEvent(
      'a',
      'visit',
      { start: '2020-07-03' },
      { en: 'Akar visits Tripoli', ar: 'أكار يزور طرابلس' },
    );
    expect(toTimelineItem(event, 'en', en).title).toBe(
      'Akar visits Tripoli<br>3 July 2020<br>Exact date',
    );
    // Libyan month name, Western digits.
    expect(toTimelineItem(event, 'ar', ar).title).toBe(
      'أكار يزور طرابلس<br>3 يوليو 2020<br>تاريخ محدد',
    );
  });

  it('escapes the title in the tooltip (vis-timeline renders it as HTML)', () => {
    const event = makeEvent(
      'x',
      'statement',
      { start: '2020-07-03' },
      { en: '<img src=x onerror=alert(1)> & co', ar: 'ع' },
    );
    const item = toTimelineItem(event, 'en', en);
    expect(item.title).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; co');
    expect(item.title).not.toContain('<img');
    expect(item.content).toBe('<img src=x onerror=alert(1)> & co');
  });
});
