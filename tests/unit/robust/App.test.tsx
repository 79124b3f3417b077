// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from './bundled-corpus';
import { mockFetch, renderApp, seen } from './render-app';

beforeEach(() => {
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

/** Drops `dropped` on the page, as a user dragging a file from their desktop. */
function drop(dropped: File) {
  for (const type of ['dragenter', 'dragover', 'drop']) {
    const event = new Event(type, { bubbles: true, cancelable: true });
    Object.assign(event, {
      dataTransfer: { types: ['Files'], files: [dropped], dropEffect: 'none' },
    });
    window.dispatchEvent(event);
  }
}

const explorerShown = () =>
  waitFor(() => expect(document.querySelector('.explorer')).not.toBeNull());

describe.each(['ar', 'en'] as const)('App in %s', (lang) => {
  const L = <T,>(ar: T, en: T): T => (lang === 'ar' ? ar : en);

  it('explains a missing corpus and loads it on Retry', async () => {
    const fetchMock = mockFetch(404);
    renderApp(`/?lang=${lang}`);
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: L('ملف المدوّنة غير موجود', 'The corpus file is missing'),
    });
    expect(heading).toBeTruthy();
    expect(document.body.textContent).toContain('HTTP 404');
    mockFetch();
    fireEvent.click(screen.getByRole('button', { name: L('أعد المحاولة', 'Try again') }));
    await explorerShown();
    expect(fetchMock).toHaveBeenCalled();
  });

  it('lists each field of a corpus with the wrong shape', async () => {
    mockFetch('{"version":1}');
    renderApp(`/?lang=${lang}`);
    await screen.findByRole('heading', {
      level: 1,
      name: L('المدوّنة ليست بالشكل المتوقَّع', 'The corpus does not have the expected shape'),
    });
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(6);
    expect(items.join('\n')).toContain('documents');
    expect(items[0]).toContain(L('حقل مطلوب ناقص', 'a required field is missing'));
  });

  it('says a truncated corpus is damaged', async () => {
    mockFetch(JSON.stringify(bundledCorpus()).slice(0, 5000));
    renderApp(`/?lang=${lang}`);
    await screen.findByRole('heading', {
      level: 1,
      name: L('ملف المدوّنة تالف', 'The corpus file is damaged'),
    });
  });

  it('says when the network fails', async () => {
    mockFetch(new TypeError('Failed to fetch'));
    renderApp(`/?lang=${lang}`);
    await screen.findByRole('heading', {
      level: 1,
      name: L('تعذّر تحميل المدوّنة', 'The corpus could not be loaded'),
    });
    expect(document.body.textContent).toContain('Failed to fetch');
  });

  it('keeps the good rows of a partly bad corpus and lists the bad ones', async () => {
    const raw = bundledCorpus();
    raw.events[0]!.actors.push({ id: 'nobody', role: 'guest' });
    raw.events[1]!.evidence = [{ document: 'nowhere', start: 0, end: 1 }];
    mockFetch(JSON.stringify(raw));
    renderApp(`/?lang=${lang}`);
    const notice = await screen.findByRole('region', {
      name: L('مشكلات في البيانات', 'Problems in the data'),
    });
    expect(notice.textContent).toContain(
      L('كانت في صفّين من هذه المدوّنة مشكلات', '2 rows of this corpus had problems'),
    );
    expect(within(notice).getAllByRole('listitem')).toHaveLength(3);
  });

  it('shows a polite page for a link to a corpus that is not in this tab, and leaves for the bundled one', async () => {
    mockFetch();
    renderApp(`/?lang=${lang}&corpus=my-corpus.json&event=akar-visits-tripoli-2020`);
    await screen.findByRole('heading', {
      level: 1,
      name: L('يشير هذا الرابط إلى مدوّنة شخص آخر', "This link points to someone else's corpus"),
    });
    expect(document.body.textContent).toContain('my-corpus.json');
    fireEvent.click(
      screen.getByRole('button', {
        name: L('انتقل إلى المدوّنة المرفقة', 'Go to the bundled corpus'),
      }),
    );
    await explorerShown();
    expect(seen.search).toBe(`?lang=${lang}`);
  });

  it('opens a file from that page, keeping the view of the link', async () => {
    mockFetch();
    const raw = bundledCorpus();
    raw.name = { ar: 'مدوّنتي', en: 'Mine' };
    renderApp(`/?lang=${lang}&corpus=mine.json&event=akar-visits-tripoli-2020`);
    await screen.findByRole('heading', { level: 1 });
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    await act(async () => {
      fireEvent.change(input, { target: { files: [file('mine.json', JSON.stringify(raw))] } });
    });
    const badge = await screen.findByRole('note', {
      name: L('المدوّنة التي تستكشفها', 'The corpus you are exploring'),
    });
    expect(badge.textContent).toContain('mine.json');
    await waitFor(() => expect(seen.search).toContain('corpus=mine.json'));
    expect(seen.search).toContain('event=akar-visits-tripoli-2020');
    // Kept in this tab: a reload (a new app) finds it again.
    expect(sessionStorage.getItem('athar.userCorpus.name')).toBe('mine.json');
    cleanup();
    renderApp(`/?lang=${lang}&corpus=mine.json`);
    await screen.findByRole('note');
  });

  it('says why a file that is not a corpus cannot be opened, and stays on the bundled corpus', async () => {
    mockFetch();
    renderApp(`/?lang=${lang}`);
    await explorerShown();
    await act(async () => {
      drop(file('notes.json', '{"hello": '));
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('notes.json');
    expect(alert.textContent).toContain(L('ليس ملف مدوّنة', 'it is not a corpus file'));
    expect(seen.search).toBe(`?lang=${lang}`);
  });

  it('opens a file dropped on the explorer, and goes back to the bundled corpus', async () => {
    mockFetch();
    renderApp(`/?lang=${lang}&event=akar-visits-tripoli-2020`);
    await explorerShown();
    expect(screen.queryByRole('note')).toBeNull(); // nothing above the bundled corpus
    await act(async () => {
      drop(file('dropped.json', JSON.stringify(bundledCorpus())));
    });
    const badge = await screen.findByRole('note');
    expect(badge.textContent).toContain('dropped.json');
    await waitFor(() => expect(seen.search).toBe(`?lang=${lang}&corpus=dropped.json`));
    fireEvent.click(
      within(badge).getByRole('button', {
        name: L('العودة إلى المدوّنة المرفقة', 'Back to the bundled corpus'),
      }),
    );
    await waitFor(() => expect(seen.search).toBe(`?lang=${lang}`));
    expect(screen.queryByRole('note')).toBeNull();
  });
});
