// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import type { CorpusDocument } from '../../../src/domain/corpus/schema';
import { DocumentPicker } from '../../../src/features/source/DocumentPicker';
import { SourceReader } from '../../../src/features/source/SourceReader';
import { i18n } from '../../../src/i18n/i18n';
import { corpus, ISTANBUL_ID, memorandum, TRIPOLI_ID } from './fixture';
import {
  DEEP_AR,
  DEEP_AR_TITLE,
  DEEP_EN,
  DEEP_EN_TITLE,
  manyDocuments,
  syntheticDocument,
} from './many-documents';

const MANY = manyDocuments(5000);
const deepEnId = `doc-0${String(DEEP_EN)}`;
const deepArId = `doc-0${String(DEEP_AR)}`;
/** As SourceReader passes it: the same array while the selected event stays. */
const NONE: readonly CorpusDocument[] = [];

function picker(
  lang: 'ar' | 'en',
  documents: readonly CorpusDocument[],
  first: readonly CorpusDocument[] = NONE,
  onChange = vi.fn(),
  value = documents[0]!.id,
) {
  return (
    <I18nextProvider i18n={i18n}>
      <DocumentPicker
        documents={documents}
        value={value}
        lang={lang}
        first={first}
        onChange={onChange}
      />
    </I18nextProvider>
  );
}

function renderPicker(
  lang: 'ar' | 'en',
  documents: readonly CorpusDocument[],
  first: readonly CorpusDocument[] = NONE,
) {
  const onChange = vi.fn();
  const view = render(picker(lang, documents, first, onChange));
  const box = screen.getByRole('combobox', { name: lang === 'ar' ? 'الوثيقة' : 'Document' });
  return { ...view, onChange, box };
}

/** The options in the DOM (shown or not). */
const optionsInDom = (container: HTMLElement) => container.querySelectorAll('[role="option"]');
const titles = (options: HTMLElement[]) =>
  options.map((o) => o.querySelector('.doc-option__title')?.firstChild?.textContent);

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(cleanup);

describe('DocumentPicker with a few documents', () => {
  it('is a native select listing every title, and switches on choice', async () => {
    const docs = manyDocuments(3);
    const { box, onChange } = renderPicker('en', docs);
    expect(box.tagName).toBe('SELECT');
    const options = within(box).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(docs.map((d) => d.title.en));
    await userEvent.selectOptions(box, 'doc-00002');
    expect(onChange).toHaveBeenCalledWith('doc-00002');
  });

  it('stays a select up to 50 documents and becomes a search box at 51', () => {
    expect(renderPicker('en', manyDocuments(50)).box.tagName).toBe('SELECT');
    cleanup();
    expect(renderPicker('en', manyDocuments(51)).box.tagName).toBe('INPUT');
  });
});

describe('DocumentPicker with 5,000 documents', () => {
  it('shows the current title in a closed search box, with no option in the DOM', () => {
    const { box, container } = renderPicker('en', MANY);
    expect(box.tagName).toBe('INPUT');
    expect(box).toHaveProperty('value', MANY[0]!.title.en);
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
    expect(optionsInDom(container)).toHaveLength(0);
    expect(container.querySelectorAll('*').length).toBeLessThan(20);
  });

  it('opens with ↓ on the current document, shows 50 options and how many more there are', async () => {
    const { box, container } = renderPicker('en', MANY);
    box.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox');
    expect(box.getAttribute('aria-controls')).toBe(listbox.id);
    const options = within(listbox).getAllByRole('option');
    expect(options).toHaveLength(50);
    expect(optionsInDom(container)).toHaveLength(50);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    expect(options[0]!.dataset.document).toBe(MANY[0]!.id);
    expect(screen.getByText('4950 more — keep typing to narrow the list')).toBeTruthy();

    await userEvent.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('false');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[49]!.id);
    expect(container.querySelectorAll('*').length).toBeLessThan(50 * 6 + 30);
  });

  it('finds a title deep in the list as the user types (no accents needed); Enter opens it', async () => {
    const { box, onChange } = renderPicker('en', MANY);
    await userEvent.click(box);
    await userEvent.keyboard('guler catalca');
    const options = screen.getAllByRole('option');
    expect(titles(options)).toEqual([DEEP_EN_TITLE.en]);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(screen.getByRole('status').textContent).toBe('1 document matches');
    expect(screen.queryByText(/more — keep typing/)).toBeNull();
    await userEvent.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(deepEnId);
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('finds a document by its Arabic title from the English interface', async () => {
    const { box, onChange } = renderPicker('en', MANY);
    await userEvent.click(box);
    await userEvent.keyboard('اكار اسطنبول');
    const options = screen.getAllByRole('option');
    expect(titles(options)).toEqual([DEEP_AR_TITLE.en]);
    expect(options[0]!.textContent).toContain(DEEP_AR_TITLE.ar);
    await userEvent.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith(deepArId);
  });

  it('works in Arabic: label, title, plural of the “more” line, typing and the keyboard', async () => {
    await i18n.changeLanguage('ar');
    try {
      const { box, onChange } = renderPicker('ar', MANY);
      expect(box).toHaveProperty('value', MANY[0]!.title.ar);
      box.focus();
      await userEvent.keyboard('{ArrowDown}');
      expect(screen.getByText('4950 وثيقة أخرى — تابع الكتابة لتضييق القائمة')).toBeTruthy();
      await userEvent.clear(box);
      // Typed without hamza; the title has آكار and إسطنبول.
      await userEvent.keyboard('وزير الدفاع اكار');
      expect(titles(screen.getAllByRole('option'))).toEqual([DEEP_AR_TITLE.ar]);
      expect(screen.getByRole('status').textContent).toBe('وثيقة واحدة مطابقة');
      await userEvent.clear(box);
      await userEvent.keyboard('سرت');
      const options = screen.getAllByRole('option');
      expect(options).toHaveLength(50);
      expect(titles(options).every((t) => t?.endsWith('في سرت'))).toBe(true);
      await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
      expect(onChange).toHaveBeenCalledWith(options[2]!.dataset.document);
      expect(options[2]!.dataset.document).toBe('doc-00016');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('Escape closes the list and puts the current title back, choosing nothing', async () => {
    const { box, onChange } = renderPicker('en', MANY);
    await userEvent.click(box);
    await userEvent.keyboard('sirte');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
    expect(box).toHaveProperty('value', MANY[0]!.title.en);
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('leaving the box closes the list without choosing', async () => {
    const { box, onChange } = renderPicker('en', MANY);
    await userEvent.click(box);
    await userEvent.keyboard('sirte');
    await userEvent.tab();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box).toHaveProperty('value', MANY[0]!.title.en);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says so when nothing matches, and Enter then chooses nothing', async () => {
    const { box, onChange } = renderPicker('en', MANY);
    await userEvent.click(box);
    await userEvent.keyboard('zzzq{Enter}');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No document title contains “zzzq”')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('No documents match');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('opens with the toggle button and chooses with the mouse, keeping focus in the box', async () => {
    const { box, onChange } = renderPicker('en', MANY);
    const toggle = screen.getByRole('button', { name: 'Show the documents' });
    await userEvent.click(toggle);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(box);
    await userEvent.keyboard('misrata');
    const options = screen.getAllByRole('option');
    await userEvent.click(options[3]!);
    expect(onChange).toHaveBeenCalledWith('doc-00021');
    expect(options[3]!.dataset.document).toBe('doc-00021');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('offers the given documents first, in a group of their own', async () => {
    const first = [MANY[DEEP_AR]!, MANY[DEEP_EN]!];
    const { box } = renderPicker('en', MANY, first);
    box.focus();
    await userEvent.keyboard('{ArrowDown}');
    const group = screen.getByRole('group', { name: 'Sources of the selected event' });
    expect(
      within(group)
        .getAllByRole('option')
        .map((o) => o.dataset.document),
    ).toEqual([deepArId, deepEnId]);
    const others = screen.getByRole('group', { name: 'Other documents' });
    expect(within(others).getAllByRole('option')).toHaveLength(48);
    expect(screen.getAllByRole('option')[0]!.dataset.document).toBe(deepArId);
    // Typing narrows the group too.
    await userEvent.clear(box);
    await userEvent.keyboard('guler');
    expect(screen.getAllByRole('option').map((o) => o.dataset.document)).toEqual([deepEnId]);
  });

  it('does no work per document when it renders again with nothing changed', async () => {
    let reads = 0;
    const counted = new Proxy(MANY, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const { box, rerender } = renderPicker('en', counted);
    reads = 0;
    const value = MANY[0]!.id;
    // A new onChange each time, as the detail panel passes.
    rerender(picker('en', counted, NONE, vi.fn(), value));
    expect(reads).toBe(0);
    await userEvent.click(box);
    await userEvent.keyboard('sirte');
    expect(reads).toBeGreaterThan(4000); // one pass to match
    reads = 0;
    rerender(picker('en', counted, NONE, vi.fn(), value));
    expect(reads).toBe(0);
  });
});

describe('SourceReader’s picker', () => {
  it('offers the selected event’s documents first when the corpus is large', async () => {
    const fillers = Array.from({ length: 60 }, (_, n) => syntheticDocument(n));
    const big = buildCorpusIndex({ ...corpus, documents: [...fillers, ...corpus.documents] });
    render(
      <I18nextProvider i18n={i18n}>
        <SourceReader
          index={big}
          documentId={TRIPOLI_ID}
          lang="en"
          selectedEvent={memorandum}
          highlightedEntities={[]}
          onSelectEntity={vi.fn()}
          onSelectDocument={vi.fn()}
        />
      </I18nextProvider>,
    );
    const box = screen.getByRole('combobox', { name: 'Document' });
    expect(box).toHaveProperty('value', big.documentsById.get(TRIPOLI_ID)!.title.en);
    box.focus();
    await userEvent.keyboard('{ArrowDown}');
    const group = screen.getByRole('group', { name: 'Sources of the selected event' });
    expect(
      within(group)
        .getAllByRole('option')
        .map((o) => o.dataset.document),
    ).toEqual([ISTANBUL_ID, TRIPOLI_ID]);
    // The document being read is the active option when the list opens.
    const active = document.getElementById(box.getAttribute('aria-activedescendant')!);
    expect(active?.dataset.document).toBe(TRIPOLI_ID);
  });
});
