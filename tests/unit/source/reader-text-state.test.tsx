// @vitest-environment jsdom
// The reader of a split corpus (issue 21): while a document's text is on its way it says so;
// when its shard is missing or damaged it says which, in the reader's language, and the rest
// of the document's facts (title, publisher) are still shown.
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSplitCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import type { DocumentText, DocumentTexts } from '../../../src/domain/corpus/document-texts';
import { SourceReader } from '../../../src/features/source/SourceReader';
import { i18n } from '../../../src/i18n/i18n';
import { corpus, TRIPOLI_ID, tripoliDoc } from './fixture';

function textsIn(state: DocumentText): DocumentTexts & { request: ReturnType<typeof vi.fn> } {
  return {
    peek: () => state,
    request: vi.fn(() => Promise.resolve()),
    requestAll: () => Promise.resolve(),
    settled: () => state.status === 'failed',
    subscribe: () => () => {},
    version: () => 0,
  };
}

function renderReader(lang: 'ar' | 'en', state: DocumentText) {
  const texts = textsIn(state);
  const index = buildSplitCorpusIndex(corpus, texts, new Map());
  render(
    <I18nextProvider i18n={i18n}>
      <SourceReader
        index={index}
        documentId={TRIPOLI_ID}
        lang={lang}
        selectedEvent={null}
        highlightedEntities={[]}
        onSelectEntity={() => {}}
        onSelectDocument={() => {}}
      />
    </I18nextProvider>,
  );
  return texts;
}

afterEach(cleanup);

describe('the reader of a document whose text is elsewhere', () => {
  it('asks for the text and says it is loading', () => {
    const texts = renderReader('en', { status: 'loading' });
    expect(texts.request).toHaveBeenCalledWith([TRIPOLI_ID]);
    expect(screen.getByRole('status', { busy: true }).textContent).toBe(
      'Loading the text of this document…',
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(tripoliDoc.title.en);
  });

  it.each([
    ['en', 'missing', 'The text of this document is missing from the server'],
    ['ar', 'missing', 'نص هذه الوثيقة غير موجود على الخادم'],
    ['en', 'damaged', 'The text of this document arrived damaged'],
    ['ar', 'damaged', 'وصل نص هذه الوثيقة تالفًا'],
    ['en', 'invalid', 'its file is not in the expected format'],
    ['ar', 'invalid', 'ليس بالصيغة المتوقعة'],
  ] as const)('in %s, says a %s shard cannot give the text', (lang, failure, words) => {
    renderReader(lang, { status: 'failed', failure, detail: 'x' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(words);
    expect(alert.getAttribute('data-failure')).toBe(failure);
    expect(screen.queryByRole('button', { name: /Try again|أعد المحاولة/ })).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(tripoliDoc.title[lang]);
  });

  it('offers to try again when the server did not answer', () => {
    const texts = renderReader('ar', { status: 'failed', failure: 'network', detail: 'x' });
    texts.request.mockClear();
    screen.getByRole('button', { name: 'أعد المحاولة' }).click();
    expect(texts.request).toHaveBeenCalledWith([TRIPOLI_ID]);
  });
});
