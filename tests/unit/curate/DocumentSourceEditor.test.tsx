// @vitest-environment jsdom
// The document's meta and translation on the review page: the forms in both languages, what
// must be fixed before anything is sent (in the curator's language), the files sent, the
// server's refusal worded field by field, and unsaved edits kept in this browser.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocumentReview } from '../../../src/domain/curation/curate-review';
import { segmentSentences } from '../../../src/domain/pipeline/text/sentences';
import {
  DocumentSourceEditor,
  type SaveSource,
} from '../../../src/features/curate/DocumentSourceEditor';
import { loadCurateLocales } from '../../../src/features/curate/load-curate-locales';
import { i18n } from '../../../src/i18n/i18n';

const ID = '010_test-article';
const TEXT = 'وصل وزير الدفاع إلى طرابلس أمس.\nوالتقى رئيس الحكومة في العاصمة.\nاترك تعليقاً';
const STUB = {
  title: { ar: 'TODO العنوان', en: 'TODO title' },
  publisher: { ar: 'TODO الناشر', en: 'TODO publisher' },
  credits: [],
  published: {
    start: '2020-07-04',
    end: '2020-07-04',
    precision: 'day',
    basis: 'external',
    note: { ar: 'TODO كيف عُرف تاريخ النشر', en: 'TODO how the publication date is known' },
  },
  debris: [],
};

function reviewOf(en: string[] = ['', '', '']): DocumentReview {
  return {
    id: ID,
    revision: 'r1',
    text: TEXT,
    sentences: segmentSentences(TEXT).map((s) => ({ start: s.start, end: s.end })),
    events: [],
    actors: [],
    places: [],
    damaged: [],
    decisions: {},
    known: { actors: [], places: [], events: [] },
    problems: [
      { file: `data/sources/${ID}.meta.json`, path: 'title', message: 'x' },
      { file: `data/curation/translations/${ID}.json`, path: '[0].en', message: 'x' },
    ],
    source: { meta: STUB, en },
  };
}

beforeAll(() => loadCurateLocales());
afterEach(() => {
  cleanup();
  localStorage.clear();
});

function renderEditor(lang: 'ar' | 'en', onSave: SaveSource, review = reviewOf()) {
  return render(
    <I18nextProvider i18n={i18n}>
      <DocumentSourceEditor
        review={review}
        lang={lang}
        busy={false}
        onSave={onSave}
        onReload={vi.fn()}
      />
    </I18nextProvider>,
  );
}

describe('the document’s details and translation on the review page', () => {
  it('starts from ingest’s stub with its TODOs empty, and says what is missing first', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<SaveSource>(() => Promise.resolve(null));
    renderEditor('en', onSave);
    expect(
      screen.getByRole('heading', { name: 'The document’s details and translation' }),
    ).toBeTruthy();
    expect((screen.getByLabelText('Title in Arabic') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2020-07-04');
    await user.click(screen.getByRole('button', { name: 'Save the details' }));
    const alert = screen.getAllByRole('alert')[0]!;
    expect(alert.textContent).toContain('Before it can be saved:');
    expect(alert.textContent).toContain('write the title in Arabic;');
    expect(alert.textContent).toContain(
      'say how the publication date is known, in both languages;',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('sends the meta preprocess reads, with the credits and debris one a line', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<SaveSource>(() => Promise.resolve(null));
    renderEditor('en', onSave);
    await user.type(screen.getByLabelText('Title in Arabic'), 'وزير الدفاع في طرابلس');
    await user.type(screen.getByLabelText('Title in English'), 'The defence minister in Tripoli');
    await user.type(screen.getByLabelText('Publisher in Arabic'), 'موقع تجريبي');
    await user.type(screen.getByLabelText('Publisher in English'), 'A test site');
    await user.type(
      screen.getByLabelText('Outlets the article credits, one a line'),
      'وكالة أ{Enter}وكالة ب',
    );
    await user.type(screen.getByLabelText('How it is known, in Arabic'), 'من تاريخ الصفحة');
    await user.type(screen.getByLabelText('How it is known, in English'), 'From the page’s date');
    await user.type(screen.getByLabelText(/Lines of web-page debris/), 'اترك تعليقاً');
    await user.click(screen.getByRole('button', { name: 'Save the details' }));
    expect(onSave).toHaveBeenCalledWith('meta', {
      title: { ar: 'وزير الدفاع في طرابلس', en: 'The defence minister in Tripoli' },
      publisher: { ar: 'موقع تجريبي', en: 'A test site' },
      credits: ['وكالة أ', 'وكالة ب'],
      published: {
        start: '2020-07-04',
        end: '2020-07-04',
        precision: 'day',
        basis: 'external',
        note: { ar: 'من تاريخ الصفحة', en: 'From the page’s date' },
      },
      debris: ['اترك تعليقاً'],
    });
  });

  it('shows each Arabic sentence beside a box for its English, and sends them paired', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<SaveSource>(() => Promise.resolve(null));
    renderEditor(
      'en',
      onSave,
      reviewOf(['The defence minister arrived in Tripoli yesterday.', '', '']),
    );
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('والتقى رئيس الحكومة في العاصمة.').getAttribute('lang')).toBe(
      'ar',
    );
    expect(screen.getByText(/Translation: 1 of 3 sentences translated/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save the translation' }));
    expect(screen.getByRole('alert').textContent).toContain('write the English of sentences 2, 3;');
    await user.type(
      screen.getByLabelText('English of sentence 2'),
      'And he met the head of government in the capital.',
    );
    await user.type(screen.getByLabelText('English of sentence 3'), 'Leave a comment');
    await user.click(screen.getByRole('button', { name: 'Save the translation' }));
    expect(onSave).toHaveBeenCalledWith('translations', [
      {
        ar: 'وصل وزير الدفاع إلى طرابلس أمس.',
        en: 'The defence minister arrived in Tripoli yesterday.',
      },
      {
        ar: 'والتقى رئيس الحكومة في العاصمة.',
        en: 'And he met the head of government in the capital.',
      },
      { ar: 'اترك تعليقاً', en: 'Leave a comment' },
    ]);
  });

  it('reads in Arabic, and words the server’s refusal field by field', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<SaveSource>(() =>
      Promise.resolve({
        reason: 'invalid',
        problems: [
          {
            file: `data/sources/${ID}.meta.json`,
            path: 'debris',
            message: 'debris line not found in the text: «سطر غائب»',
          },
        ],
      }),
    );
    renderEditor('ar', onSave, reviewOf(['a', 'b', '']));
    expect(screen.getByRole('heading', { name: 'بيانات الوثيقة وترجمتها' })).toBeTruthy();
    expect(screen.getByText(/الترجمة: تُرجمت 2 من 3 جمل/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'حفظ الترجمة' }));
    expect(screen.getByRole('alert').textContent).toContain('اكتب الترجمة الإنجليزية للجمل 3؛');
    await user.type(screen.getByLabelText('العنوان بالعربية'), 'عنوان');
    await user.type(screen.getByLabelText('العنوان بالإنجليزية'), 'Title');
    await user.type(screen.getByLabelText('الناشر بالعربية'), 'ناشر');
    await user.type(screen.getByLabelText('الناشر بالإنجليزية'), 'Publisher');
    await user.type(screen.getByLabelText('كيف عُرف، بالعربية'), 'من الصفحة');
    await user.type(screen.getByLabelText('كيف عُرف، بالإنجليزية'), 'From the page');
    await user.click(screen.getByRole('button', { name: 'حفظ البيانات' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const refused = await screen.findByText(/السطر «سطر غائب» ليس في النص\./);
    expect(refused.closest('li')?.textContent).toBe('أسطر البقايا: السطر «سطر غائب» ليس في النص.');
  });

  it('keeps unsaved edits in this browser and brings them back, until discarded', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn<SaveSource>(() => Promise.resolve(null));
    renderEditor('en', onSave);
    await user.type(screen.getByLabelText('Title in English'), 'Half-written');
    await user.type(screen.getByLabelText('English of sentence 1'), 'The minister arrived.');
    cleanup();
    renderEditor('en', onSave);
    expect((screen.getByLabelText('Title in English') as HTMLInputElement).value).toBe(
      'Half-written',
    );
    expect((screen.getByLabelText('English of sentence 1') as HTMLTextAreaElement).value).toBe(
      'The minister arrived.',
    );
    expect(screen.getByText(/were brought back from this browser/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Discard them' }));
    expect((screen.getByLabelText('Title in English') as HTMLInputElement).value).toBe('');
    cleanup();
    renderEditor('en', onSave);
    expect((screen.getByLabelText('Title in English') as HTMLInputElement).value).toBe('');
    expect(screen.queryByText(/were brought back/)).toBeNull();
  });
});
