// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderItemContent } from '../../../src/features/timeline/renderItemContent';
import { toTimelineItem } from '../../../src/features/timeline/toTimelineItem';
import { i18n } from '../../../src/i18n/i18n';
import { makeEvent } from './makeEvent';

describe('renderItemContent (vis-timeline template)', () => {
  it('draws the glyph (hidden from screen readers) and the title as text, never as HTML', () => {
    const event = makeEvent(
      'a',
      'visit',
      { start: '2020-07-03' },
      { en: '<b>Akar</b> visits', ar: 'ع' },
    );
    const el = renderItemContent(toTimelineItem(event, 'en', i18n.getFixedT('en', 'timeline')));
    if (typeof el === 'string') throw new Error('expected an element');
    expect(el.querySelector('.tl-glyph')?.textContent).toBe('➜');
    expect(el.querySelector('.tl-glyph')?.getAttribute('aria-hidden')).toBe('true');
    expect(el.querySelector('.tl-label')?.textContent).toBe('<b>Akar</b> visits');
    expect(el.querySelector('b')).toBeNull();
  });

  it("keeps a cluster's own content", () => {
    expect(renderItemContent({ content: '<div title="5 events">5</div>', isCluster: true })).toBe(
      '<div title="5 events">5</div>',
    );
    expect(renderItemContent(undefined)).toBe('');
  });
});
