// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TypeFilter } from '../../../src/features/filters/TypeFilter';
import { i18n } from '../../../src/i18n/i18n';
import { fixtureIndex } from '../actors/fixture';
import { renderInLanguage } from '../actors/render-in-language';

afterEach(cleanup);

describe('TypeFilter', () => {
  it('offers the types present in the corpus, in the schema order, with counts', async () => {
    await renderInLanguage(
      <TypeFilter index={fixtureIndex} lang="en" selected={['meeting']} onToggle={vi.fn()} />,
      'en',
    );
    const group = screen.getByRole('group', { name: 'Event types' });
    const boxes = within(group).getAllByRole('checkbox');
    const name = (type: string) => i18n.t(`event:type.${type}`, { lng: 'en' });
    expect(
      boxes.map((b) => b.closest('label')?.querySelector('.type-filter__name')?.textContent),
    ).toEqual(['visit', 'meeting', 'agreement', 'statement', 'training', 'ceremony'].map(name));
    const meeting = boxes[1] as HTMLInputElement;
    expect(meeting.checked).toBe(true);
    expect((boxes[0] as HTMLInputElement).checked).toBe(false);
    expect(meeting.closest('label')?.textContent).toContain('2 events');
  });

  it('says what its ticks mean: none ticked shows every type, in both languages', async () => {
    const hint = (lang: 'ar' | 'en', selected: string[]) =>
      renderInLanguage(
        <TypeFilter index={fixtureIndex} lang={lang} selected={selected} onToggle={vi.fn()} />,
        lang,
      ).then((view) => {
        const group = screen.getByRole('group');
        const text = group.getAttribute('aria-describedby')
          ? document.getElementById(group.getAttribute('aria-describedby') ?? '')?.textContent
          : null;
        view.unmount();
        return text;
      });
    expect(await hint('en', [])).toBe('None ticked: every type is shown.');
    expect(await hint('en', ['meeting'])).toBe('Only the ticked types are shown.');
    expect(await hint('ar', [])).toBe('لم يُحدَّد أي نوع: تُعرض الأنواع كلها.');
    expect(await hint('ar', ['meeting'])).toBe('تُعرض الأنواع المحدَّدة فقط.');
  });

  it('counts only the events the other filters leave, and keeps every type in place', async () => {
    const meetings = fixtureIndex.events.filter((e) => e.type === 'meeting').slice(0, 1);
    await renderInLanguage(
      <TypeFilter
        index={fixtureIndex}
        lang="en"
        selected={[]}
        onToggle={vi.fn()}
        among={meetings}
      />,
      'en',
    );
    const labels = screen
      .getAllByRole('checkbox')
      .map((b) => b.closest('label')?.textContent ?? '');
    expect(labels).toHaveLength(6);
    expect(labels[1]).toContain('1 event');
    expect(labels[0]).toContain('no events');
  });

  it('calls back with the type toggled', async () => {
    const onToggle = vi.fn();
    await renderInLanguage(
      <TypeFilter index={fixtureIndex} lang="en" selected={[]} onToggle={onToggle} />,
      'en',
    );
    await userEvent.click(screen.getAllByRole('checkbox')[2] as HTMLElement);
    expect(onToggle).toHaveBeenCalledWith('agreement');
  });

  it('speaks Arabic in Arabic', async () => {
    await renderInLanguage(
      <TypeFilter index={fixtureIndex} lang="ar" selected={[]} onToggle={vi.fn()} />,
      'ar',
    );
    expect(screen.getByRole('group', { name: 'أنواع الأحداث' })).toBeTruthy();
    const meeting = screen.getAllByRole('checkbox')[1];
    expect(meeting?.closest('label')?.textContent).toContain('حدثان');
  });
});
