// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { TimelineLegend } from '../../../src/features/timeline/TimelineLegend';
import { i18n } from '../../../src/i18n/i18n';
import { EVENT_TYPE_STYLE } from '../../../src/ui/event-type-style';

afterEach(cleanup);

describe('TimelineLegend', () => {
  it('lists the types present, with their localised names, colours and shapes', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <TimelineLegend types={['visit', 'agreement']} lang="en" />
      </I18nextProvider>,
    );
    const legend = screen.getByRole('region', { name: 'Legend' });
    const types = within(legend).getAllByRole('list')[0]!;
    const entries = within(types).getAllByRole('listitem');
    expect(entries.map((li) => li.textContent)).toEqual([
      `${EVENT_TYPE_STYLE.visit.glyph}Visit`,
      `${EVENT_TYPE_STYLE.agreement.glyph}Agreement`,
    ]);
    const swatch = entries[1]!.querySelector('.tl-legend__swatch') as HTMLElement;
    expect(swatch.className).toContain(`tl-shape-${EVENT_TYPE_STYLE.agreement.shape}`);
    expect(swatch.style.color).toBe('rgb(11, 110, 79)');
    expect(within(legend).queryByText('Meeting')).toBeNull();
  });

  it('names the types in Arabic', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <TimelineLegend types={['meeting', 'call']} lang="ar" />
      </I18nextProvider>,
    );
    expect(screen.getByRole('region', { name: 'دليل الرموز' })).toBeTruthy();
    expect(screen.getByText('اجتماع')).toBeTruthy();
    expect(screen.getByText('اتصال هاتفي')).toBeTruthy();
    expect(screen.queryByText('Meeting')).toBeNull();
  });

  it('explains exact and uncertain dates, and the bins of many events', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <TimelineLegend types={[]} lang="en" />
      </I18nextProvider>,
    );
    const dates = screen.getAllByRole('list')[1]!;
    expect(
      within(dates)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Exact day',
      'Month, year or period',
      'On or before publication: the text gives no date',
      // The sample bin ("12") is hidden from screen readers.
      '12Many events close together (their number): click to zoom in',
    ]);
    expect(within(dates).getByText('12').getAttribute('aria-hidden')).toBe('true');
  });
});
