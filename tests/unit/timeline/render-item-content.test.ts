// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderItemContent } from '../../../src/features/timeline/render-item-content';
import { toBinItem } from '../../../src/features/timeline/to-bin-item';
import { toTimelineItem } from '../../../src/features/timeline/to-timeline-item';
import { i18n } from '../../../src/i18n/i18n';
import { makeEvent } from './make-event';

describe('renderItemContent (vis-timeline template)', () => {
  it('draws one mark per item: a point’s marker alone, a range’s glyph; the title as text', () => {
    const t = i18n.getFixedT('en', 'timeline');
    const title = { en: '<b>Akar</b> visits', ar: 'ع' };
    const point = renderItemContent(
      toTimelineItem(makeEvent('p', 'visit', { start: '2020-07-03' }, title), 'en', t),
    );
    if (typeof point === 'string') throw new Error('expected an element');
    expect(point.querySelector('.tl-glyph')).toBeNull();
    expect(point.querySelector('.tl-label')?.textContent).toBe('<b>Akar</b> visits');
    const event = makeEvent(
      'a',
      'visit',
      { start: '2020-07-03', end: '2020-07-04', precision: 'range' },
      title,
    );
    const el = renderItemContent(toTimelineItem(event, 'en', t));
    if (typeof el === 'string') throw new Error('expected an element');
    expect(el.querySelector('.tl-glyph')?.textContent).toBe('➜');
    expect(el.querySelector('.tl-glyph')?.getAttribute('aria-hidden')).toBe('true');
    expect(el.querySelector('.tl-label')?.textContent).toBe('<b>Akar</b> visits');
    expect(el.querySelector('b')).toBeNull();
  });

  it('draws a bin as its count, and for screen readers how many events and when', () => {
    const t = i18n.getFixedT('en', 'timeline');
    const bin = { kind: 'bin', unit: 'year', count: 1234, start: Date.UTC(2005, 0, 1) } as const;
    const spread = { first: Date.UTC(2005, 0, 1), last: Date.UTC(2005, 11, 1) };
    const el = renderItemContent(
      toBinItem({ ...bin, ...spread, end: Date.UTC(2006, 0, 1) }, 0, 'en', t),
    );
    if (typeof el === 'string') throw new Error('expected an element');
    expect(el.querySelector('.tl-bin__count')?.textContent).toBe('1,234');
    expect(el.querySelector('.tl-bin__count')?.getAttribute('aria-hidden')).toBe('true');
    expect(el.querySelector('.visually-hidden')?.textContent).toBe('1,234 events in 2005');
  });

  it('keeps the content of any other item as text', () => {
    expect(renderItemContent({ content: '5' })).toBe('5');
    expect(renderItemContent(undefined)).toBe('');
  });
});
