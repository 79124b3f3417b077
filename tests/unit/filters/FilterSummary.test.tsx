// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FilterSummary,
  type FilterSummaryProps,
} from '../../../src/features/filters/FilterSummary';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import { i18n } from '../../../src/i18n/i18n';
import { fixtureCorpus, fixtureIndex } from '../actors/fixture';
import { renderInLanguage } from '../actors/render-in-language';

afterEach(cleanup);

function props(overrides: Partial<FilterSummaryProps> = {}): FilterSummaryProps {
  return {
    index: fixtureIndex,
    lang: 'en',
    actors: [],
    mode: 'any',
    places: [],
    types: [],
    from: null,
    to: null,
    q: '',
    shown: 7,
    total: 7,
    onRemove: vi.fn(),
    onClearAll: vi.fn(),
    ...overrides,
  };
}

const everything: Partial<FilterSummaryProps> = {
  actors: ['akar', 'guler'],
  mode: 'all',
  places: ['tripoli'],
  types: ['visit'],
  from: '2020-07-01',
  to: '2020-07-31',
  q: 'Mitiga',
  shown: 2,
  total: 7,
};

const chipLabels = () =>
  within(screen.getByRole('list'))
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('filter-chip'))
    .map((li) =>
      li.querySelector('.filter-chip__label')?.textContent?.replace(/[\u2068\u2069]/g, ''),
    );

describe('FilterSummary', () => {
  it('shows only the count when no filter is active', async () => {
    await renderInLanguage(<FilterSummary {...props()} />, 'en');
    expect(screen.getByRole('status').textContent).toBe('7 events');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows one chip per active filter, with names in English', async () => {
    await renderInLanguage(<FilterSummary {...props(everything)} />, 'en');
    expect(screen.getByRole('status').textContent).toBe('Showing 2 of 7 events');
    expect(screen.getByRole('list', { name: 'Active filters' })).toBeTruthy();
    const type = i18n.t('event:type.visit', { lng: 'en' });
    expect(chipLabels()).toEqual([
      'Actor: Hulusi Akar',
      'Actor: Yaşar Güler',
      `Type: ${type}`,
      'Place: Tripoli',
      'From 1 Jul 2020 to 31 Jul 2020',
      'Search: “Mitiga”',
    ]);
    expect(screen.getByText('Events with all of these actors')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Clear all' })).toBeTruthy();
  });

  it('isolates each name it announces: an override in one cannot reverse the others', async () => {
    const corpus = fixtureCorpus;
    const index = buildCorpusIndex({
      ...corpus,
      actors: corpus.actors.map((a) =>
        a.id === 'akar' ? { ...a, name: { ...a.name, en: '\u202EAKAR' } } : a,
      ),
    });
    const view = await renderInLanguage(
      <FilterSummary {...props({ ...everything, index })} />,
      'en',
    );
    const said = view.container.querySelector('[aria-live="polite"]')?.textContent ?? '';
    expect(said).toContain('\u2068\u202EAKAR\u2069');
    expect(said).toContain('\u2068Yaşar Güler\u2069');
    expect(said).toContain('\u2068Tripoli\u2069');
  });

  it('says "from" or "until" for a half-open time window', async () => {
    const view = await renderInLanguage(
      <FilterSummary {...props({ from: '2020-07-01', shown: 3 })} />,
      'en',
    );
    expect(chipLabels()).toEqual(['From 1 Jul 2020']);
    view.unmount();
    await renderInLanguage(<FilterSummary {...props({ to: '2020-07-31', shown: 3 })} />, 'en');
    expect(chipLabels()).toEqual(['Until 31 Jul 2020']);
  });

  it('calls back with what each remove button removes', async () => {
    const p = props(everything);
    await renderInLanguage(<FilterSummary {...p} />, 'en');
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove filter: Actor: Yaşar Güler' }),
    );
    expect(p.onRemove).toHaveBeenLastCalledWith({ key: 'actors', id: 'guler' });
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter: Place: Tripoli' }));
    expect(p.onRemove).toHaveBeenLastCalledWith({ key: 'places', id: 'tripoli' });
    await userEvent.click(screen.getByRole('button', { name: /^Remove filter: Type:/ }));
    expect(p.onRemove).toHaveBeenLastCalledWith({ key: 'types', id: 'visit' });
    await userEvent.click(screen.getByRole('button', { name: /^Remove filter: From/ }));
    expect(p.onRemove).toHaveBeenLastCalledWith({ key: 'time' });
    await userEvent.click(screen.getByRole('button', { name: /^Remove filter: Search/ }));
    expect(p.onRemove).toHaveBeenLastCalledWith({ key: 'q' });
    await userEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(p.onClearAll).toHaveBeenCalledTimes(1);
  });

  it('moves focus to the next chip when one is removed', async () => {
    const p = props({ actors: ['akar', 'guler'], shown: 5 });
    const view = await renderInLanguage(<FilterSummary {...p} />, 'en');
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove filter: Actor: Hulusi Akar' }),
    );
    view.rerender(<FilterSummary {...p} actors={['guler']} />);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Remove filter: Actor: Yaşar Güler' }),
    );
  });

  it('shows an unknown id as it is rather than failing', async () => {
    await renderInLanguage(<FilterSummary {...props({ actors: ['nobody'], shown: 0 })} />, 'en');
    expect(chipLabels()).toEqual(['Actor: nobody']);
  });

  it('speaks Arabic in Arabic, with Arabic names and plural forms', async () => {
    await renderInLanguage(<FilterSummary {...props({ ...everything, lang: 'ar' })} />, 'ar');
    expect(screen.getByRole('status').textContent).toBe('عرض 2 من أصل 7 أحداث');
    const labels = chipLabels();
    expect(labels[0]).toBe('الفاعل: خلوصي أكار');
    expect(labels[3]).toBe('المكان: طرابلس');
    expect(labels[4]).toBe('من 1 يوليو 2020 إلى 31 يوليو 2020');
    expect(labels[5]).toBe('البحث: «Mitiga»');
    expect(screen.getByRole('button', { name: 'مسح الكل' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'إزالة عامل التصفية: الفاعل: خلوصي أكار' }),
    ).toBeTruthy();
  });

  it('uses the Arabic plural that fits the total', async () => {
    const cases: [number, string][] = [
      [1, 'عرض 1 من حدث واحد'],
      [2, 'عرض 1 من حدثين'],
      [28, 'عرض 1 من أصل 28 حدثًا'],
      [100, 'عرض 1 من أصل 100 حدث'],
    ];
    for (const [total, text] of cases) {
      const view = await renderInLanguage(
        <FilterSummary {...props({ lang: 'ar', shown: 1, total, q: 'x' })} />,
        'ar',
      );
      expect(screen.getByRole('status').textContent).toBe(text);
      view.unmount();
    }
  });
});
