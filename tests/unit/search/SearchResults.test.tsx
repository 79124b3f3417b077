// @vitest-environment jsdom
import { readyDocument } from '../../../src/domain/corpus/document-texts';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchResults, type SearchResultsProps } from '../../../src/features/search/SearchResults';
import { searchCorpus } from '../../../src/domain/search/search-corpus';
import { renderInLanguage } from '../actors/render-in-language';
import { realIndex } from './real-index';

afterEach(cleanup);

function props(overrides: Partial<SearchResultsProps> = {}): SearchResultsProps {
  return {
    index: realIndex,
    lang: 'en',
    query: 'اكار',
    onSelectEvent: vi.fn(),
    onSelectActor: vi.fn(),
    onSelectPlace: vi.fn(),
    onOpenSentence: vi.fn(),
    ...overrides,
  };
}

const group = (name: RegExp) => screen.getByRole('list', { name });

describe('SearchResults', () => {
  it('renders nothing for an empty query', async () => {
    const { container } = await renderInLanguage(
      <SearchResults {...props({ query: '  ' })} />,
      'en',
    );
    expect(container.innerHTML).toBe('');
  });

  it('groups the results with a count each, events first and the sources last', async () => {
    await renderInLanguage(<SearchResults {...props()} />, 'en');
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings[0]).toMatch(/^Events\d+$/);
    expect(headings[1]).toBe('Actors1');
    expect(headings[headings.length - 1]).toMatch(/^In the sources\d+$/);
    expect(screen.getByRole('status').textContent).toMatch(/^\d+ results for “\u2068اكار\u2069”$/);
  });

  it('marks the words as written, in their language', async () => {
    await renderInLanguage(<SearchResults {...props()} />, 'en');
    const actor = within(group(/Actors/)).getByRole('button');
    expect(actor.textContent).toContain('Hulusi Akar');
    const mark = actor.querySelector('mark')!;
    expect(mark.textContent).toBe('أكار');
    expect(mark.closest('[lang]')!.getAttribute('lang')).toBe('ar');
    const sourceMarks = [...group(/In the sources/).querySelectorAll('mark')].map((m) =>
      m.textContent!.replace(/\u200d/g, ''),
    );
    expect(sourceMarks).toContain('آكار');
  });

  it('highlights the English title in English for an English query', async () => {
    await renderInLanguage(<SearchResults {...props({ query: 'tripoli' })} />, 'en');
    const place = within(group(/Places/)).getByRole('button');
    expect(place.querySelector('mark')!.textContent).toBe('Tripoli');
    expect(place.textContent).toContain('طرابلس');
  });

  it('is one tab stop; arrows move through every group; Enter opens', async () => {
    const p = props();
    await renderInLanguage(<SearchResults {...p} />, 'en');
    const user = userEvent.setup();
    const buttons = screen.getAllByRole('button');
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    await user.tab();
    expect(document.activeElement).toBe(buttons[0]);
    await user.keyboard('{Enter}');
    expect(p.onSelectEvent).toHaveBeenCalledWith(searchCorpus(realIndex, 'اكار').events[0]!.id);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    await user.keyboard('{Enter}');
    expect(p.onOpenSentence).toHaveBeenCalledTimes(1);
    const [doc, n] = (p.onOpenSentence as ReturnType<typeof vi.fn>).mock.calls[0]!;
    expect(readyDocument(realIndex.texts, doc)!.sentences[n]).toBeDefined();
    await user.keyboard('{Home}{ArrowDown}');
    expect(document.activeElement).toBe(buttons[1]);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(buttons[0]);
    const actor = within(group(/Actors/)).getByRole('button');
    await user.click(actor);
    expect(p.onSelectActor).toHaveBeenCalledWith('akar');
    expect(actor.tabIndex).toBe(0);
  });

  it('opens a place', async () => {
    const p = props({ query: 'بطرابلس', lang: 'ar' });
    await renderInLanguage(<SearchResults {...p} />, 'ar');
    await userEvent.setup().click(within(group(/الأماكن/)).getByRole('button'));
    expect(p.onSelectPlace).toHaveBeenCalledWith('tripoli');
  });

  it('says so when nothing matches, in Arabic too', async () => {
    await renderInLanguage(<SearchResults {...props({ query: 'zzzz', lang: 'ar' })} />, 'ar');
    expect(screen.getByRole('status').textContent).toBe('لا نتائج لـ«\u2068zzzz\u2069»');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('shows how many it leaves out', async () => {
    await renderInLanguage(<SearchResults {...props({ limit: 2 })} />, 'en');
    expect(within(group(/Events/)).getAllByRole('button')).toHaveLength(2);
    expect(screen.getAllByText(/^first 2 of \d+$/).length).toBeGreaterThan(0);
  });
});
